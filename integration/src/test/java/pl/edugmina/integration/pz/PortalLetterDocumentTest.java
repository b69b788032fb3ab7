package pl.edugmina.integration.pz;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import pl.edugmina.correspondence.application.InboundContent;
import pl.edugmina.correspondence.application.PortalLetters;
import pl.edugmina.integration.epuap.WnioDokumentParser;

import javax.naming.ldap.LdapName;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The letter a citizen writes on the portal, and how its signed copy is compared with what was sent. */
class PortalLetterDocumentTest {

    private static final PortalLetters.Draft DRAFT = new PortalLetters.Draft(null, " Anna ", "Nowak-Zielińska",
            "ul. Lipowa 5/2, 20-001 Lublin", "Prośba o <zaświadczenie> & opinię", "Proszę o wydanie zaświadczenia.\n\nZ poważaniem");

    @Test
    void theLetterIsAGeneralEFormReadByTheSameParserAsEPuapMail() throws Exception {
        byte[] xml = CitizenLetterDocument.xml(DRAFT, "Szkoła Podstawowa nr 1");
        InboundContent c = WnioDokumentParser.read(WnioDokumentParser.parseXml(xml));
        assertThat(c.senderKind()).isEqualTo("PERSON");
        assertThat(c.senderName()).isEqualTo("Anna Nowak-Zielińska");
        assertThat(c.senderAddress()).contains("Lipowa 5/2");
        assertThat(c.addresseeName()).isEqualTo("Szkoła Podstawowa nr 1");
        assertThat(c.subject()).isEqualTo("Prośba o <zaświadczenie> & opinię");
        assertThat(c.bodyText()).isEqualTo("Proszę o wydanie zaświadczenia.\n\nZ poważaniem");
        assertThat(c.formId()).isEqualTo("PismoOgolne");
    }

    @Test
    void aSignatureAppendedToTheRootIsTheOnlyChangeAllowed() throws Exception {
        byte[] xml = CitizenLetterDocument.xml(DRAFT, "Wydział Oświaty");
        Document sent = WnioDokumentParser.parseXml(xml);

        Document signed = WnioDokumentParser.parseXml(xml);
        Element sig = signed.createElementNS(WnioDokumentParser.DS, "ds:Signature");
        sig.appendChild(signed.createElementNS(WnioDokumentParser.DS, "ds:SignedInfo"));
        signed.getDocumentElement().appendChild(signed.createTextNode("\n"));
        signed.getDocumentElement().appendChild(sig);
        assertThat(PortalLetterService.sameContent(sent, signed)).isTrue();

        String tampered = new String(xml, StandardCharsets.UTF_8).replace("Proszę o wydanie", "Żądam wydania");
        Document changed = WnioDokumentParser.parseXml(tampered.getBytes(StandardCharsets.UTF_8));
        changed.getDocumentElement().appendChild(changed.importNode(sig, true));
        assertThat(PortalLetterService.sameContent(sent, changed)).isFalse();

        Document extra = WnioDokumentParser.parseXml(xml);
        extra.getDocumentElement().appendChild(extra.createElementNS("urn:x", "x:Dopisek"));
        assertThat(PortalLetterService.sameContent(sent, extra)).as("anything but a signature added").isFalse();
    }

    @Test
    void onlyTheConfiguredProfilZaufanyCertificatesMayNameTheSigner() {
        List<LdapName> pz = List.of(PzSettings.parseDn(PzSettings.SIMULATOR_SIGNER));
        assertThat(PzSettings.matches(pz, "CN=Profil Zaufany (symulator),O=Ministerstwo Cyfryzacji (symulator),C=PL")).isTrue();
        assertThat(PzSettings.matches(pz, "C=PL, O=Ministerstwo Cyfryzacji (symulator), CN=Profil Zaufany (symulator)")).isTrue();
        assertThat(PzSettings.matches(pz, "CN=Jan Testowy,SERIALNUMBER=PNOPL-80010112345,C=PL")).isFalse();
        assertThat(PzSettings.matches(pz, "CN=Profil Zaufany (symulator),C=PL")).isFalse();
        assertThat(PzSettings.matches(pz, null)).isFalse();
        assertThat(PzSettings.matches(pz, "not a dn")).isFalse();
        assertThat(PzSettings.matches(List.of(), PzSettings.SIMULATOR_SIGNER)).isFalse();
    }
}
