package pl.edugmina.simulator.ws;

import jakarta.jws.WebService;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.util.JAXBSource;
import org.apache.cxf.interceptor.InInterceptors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import pl.edugmina.contracts.SecureXml;
import pl.edugmina.contracts.TrustedProfileIdentity;
import pl.edugmina.simulator.pz.PzInvalidInput;
import pl.edugmina.simulator.store.PzSession;
import pl.edugmina.simulator.store.PzStatus;
import pl.edugmina.simulator.store.PzStore;
import pl.gov.pz.ws.signing.AddDocumentToSigningResponse;
import pl.gov.pz.ws.signing.GetSignedDocumentResponse;
import pl.gov.pz.ws.userinfo.GetTpUserInfoResponse;
import pl.gov.pz.ws.userinfo.TpUserInfo;

import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Profil Zaufany endpoints against their WSDL (contracts: META-INF/wsdl/pz): service and port names,
 * WS-Security required, answers valid against the WSDL's schema, faults with distinct Polish messages.
 */
class PzContractTest {

    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    private static final String ID = "AbCdEfGhIjKlMnOpQrStUvWxYz012345";

    @Test
    void endpoints_publish_the_services_and_ports_of_the_wsdls_and_require_ws_security() throws Exception {
        assertEndpoint(TpSigningEndpoint.class, "pz/tpSigning.wsdl", "pl.gov.pz.ws.signing.TpSigning");
        assertEndpoint(TpSigningLegacyEndpoint.class, "pz/tpSigning.wsdl", "pl.gov.pz.ws.signing.TpSigning");
        assertEndpoint(TpUserInfoEndpoint.class, "pz/tpUserInfo.wsdl", "pl.gov.pz.ws.userinfo.TpUserInfoService");
    }

    private static void assertEndpoint(Class<?> endpoint, String wsdl, String sei) throws Exception {
        Document d = wsdl(wsdl);
        Element service = (Element) d.getElementsByTagNameNS(WSDL, "service").item(0);
        Element port = (Element) service.getElementsByTagNameNS(WSDL, "port").item(0);
        WebService ws = endpoint.getAnnotation(WebService.class);
        assertThat(ws).as(endpoint.getSimpleName()).isNotNull();
        assertThat(ws.endpointInterface()).isEqualTo(sei);
        assertThat(ws.targetNamespace()).isEqualTo(d.getDocumentElement().getAttribute("targetNamespace"));
        assertThat(ws.serviceName()).isEqualTo(service.getAttribute("name"));
        assertThat(ws.portName()).isEqualTo(port.getAttribute("name"));
        // @InInterceptors is not inherited: every endpoint class names both, like SkrytkaEndpoint
        assertThat(endpoint.getDeclaredAnnotation(InInterceptors.class).classes())
                .containsExactly(SkrytkaEndpoint.class.getAnnotation(InInterceptors.class).classes());
        assertThat(List.of(endpoint.getDeclaredAnnotation(InInterceptors.class).classes()))
                .containsExactly(SimWsSecurity.VerifySignature.class, SimWsSecurity.RequireSignedBodyAndTimestamp.class);
    }

    @Test
    void answers_are_valid_against_the_wsdl_schemas() throws Exception {
        Schema signing = schema("pz/tpSigning.wsdl");
        AddDocumentToSigningResponse added = new AddDocumentToSigningResponse();
        added.setAddDocumentToSigningReturn("http://localhost:8080/epuap-sim/pz/podpis/" + ID);
        GetSignedDocumentResponse signed = new GetSignedDocumentResponse();
        signed.setGetSignedDocumentReturn("<a/>".getBytes(StandardCharsets.UTF_8));
        JAXBContext sc = JAXBContext.newInstance(pl.gov.pz.ws.signing.ObjectFactory.class);
        assertThatCode(() -> signing.newValidator().validate(new JAXBSource(sc, added))).doesNotThrowAnyException();
        assertThatCode(() -> signing.newValidator().validate(new JAXBSource(sc, signed))).doesNotThrowAnyException();

        GetTpUserInfoResponse info = new GetTpUserInfoResponse();
        info.setGetTpUserInfoReturn(TpUserInfoEndpoint.info(ID, t -> Optional.of(session())));
        JAXBContext uc = JAXBContext.newInstance(pl.gov.pz.ws.userinfo.ObjectFactory.class);
        assertThatCode(() -> schema("pz/tpUserInfo.wsdl").newValidator().validate(new JAXBSource(uc, info))).doesNotThrowAnyException();
    }

    @Test
    void getSignedDocument_takes_the_url_or_the_id_and_answers_the_signed_bytes() {
        byte[] bytes = {1, 2, 3};
        Map<String, PzStore.SignedDocument> db = Map.of(ID, new PzStore.SignedDocument(PzStatus.SIGNED, bytes));
        assertThat(TpSigningEndpoint.signed(ID, id -> Optional.ofNullable(db.get(id)))).isEqualTo(bytes);
        assertThat(TpSigningEndpoint.signed("http://localhost:8080/epuap-sim/pz/podpis/" + ID, id -> Optional.ofNullable(db.get(id))))
                .isEqualTo(bytes);
    }

    @Test
    void getSignedDocument_faults_say_what_is_the_matter() {
        assertThatThrownBy(() -> TpSigningEndpoint.signed(ID, id -> Optional.of(new PzStore.SignedDocument(PzStatus.PENDING, null))))
                .isInstanceOf(PzInvalidInput.class)
                .hasMessage("Dokument " + ID + " nie został jeszcze podpisany: użytkownik nie zakończył podpisywania profilem zaufanym");
        assertThatThrownBy(() -> TpSigningEndpoint.signed(ID, id -> Optional.of(new PzStore.SignedDocument(PzStatus.CANCELLED, null))))
                .hasMessage("Użytkownik anulował podpisywanie dokumentu " + ID + "; dokument nie zostanie podpisany");
        assertThatThrownBy(() -> TpSigningEndpoint.signed(ID, id -> Optional.empty()))
                .hasMessage("Nie ma dokumentu przekazanego do podpisu o identyfikatorze " + ID);
        assertThatThrownBy(() -> TpSigningEndpoint.signed(" ", id -> Optional.empty()))
                .hasMessage("Nie podano identyfikatora dokumentu (id)");
        assertThatThrownBy(() -> TpSigningEndpoint.signed("https://example.com/other", id -> Optional.empty()))
                .hasMessageStartingWith("Niepoprawny identyfikator dokumentu „https://example.com/other”");
    }

    @Test
    void tpUserInfo_answers_the_session_as_podpiszp_and_refuses_unknown_tgsids() {
        TpUserInfo i = TpUserInfoEndpoint.info(" " + ID + " ", t -> t.equals(ID) ? Optional.of(session()) : Optional.empty());
        assertThat(i.getAccountEmailAddress()).isEqualTo("jan.testowy@example.com");
        assertThat(i.getClaimedRole()).startsWith("<ppzp:PodpisZP");
        assertThat(TrustedProfileIdentity.fromXml(i.getClaimedRole())).contains(new TrustedProfileIdentity("Jan", "Testowy",
                "80010112357", "jan.testowy", TrustedProfileIdentity.Format.PODPIS_ZP));

        assertThatThrownBy(() -> TpUserInfoEndpoint.info("nieznany", t -> Optional.empty())).isInstanceOf(PzInvalidInput.class)
                .hasMessage("Nieznany identyfikator sesji (tgsid): nie ma takiego zalogowania w symulatorze Profilu Zaufanego");
        assertThatThrownBy(() -> TpUserInfoEndpoint.info("<x>", t -> Optional.of(session())))
                .hasMessageStartingWith("Nieznany identyfikator sesji");
        assertThatThrownBy(() -> TpUserInfoEndpoint.info(null, t -> Optional.empty())).hasMessage("Nie podano identyfikatora sesji (tgsid)");
    }

    @Test
    void a_fault_is_a_soap_client_fault_with_the_polish_message() {
        org.apache.cxf.binding.soap.SoapFault f = PzFaults.client("Dokument nie został jeszcze podpisany");
        assertThat(f).hasMessage("Dokument nie został jeszcze podpisany");
        assertThat(f.getFaultCode()).isEqualTo(new javax.xml.namespace.QName("http://schemas.xmlsoap.org/soap/envelope/", "Client"));
    }

    private static PzSession session() {
        return new PzSession(ID, "Jan", "Testowy", "80010112357", "jan.testowy@example.com", OffsetDateTime.now());
    }

    private static Document wsdl(String path) throws Exception {
        try (InputStream in = PzContractTest.class.getResourceAsStream("/META-INF/wsdl/" + path)) {
            assertThat(in).as(path).isNotNull();
            return SecureXml.parse(in.readAllBytes(), 1_000_000);
        }
    }

    private static Schema schema(String path) throws Exception {
        Element schema = (Element) wsdl(path).getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema").item(0);
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f.newSchema(new DOMSource(schema));
    }
}
