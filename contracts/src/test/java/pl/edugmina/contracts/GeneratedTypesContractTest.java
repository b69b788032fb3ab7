package pl.edugmina.contracts;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.util.JAXBSource;
import org.junit.jupiter.api.Test;
import pl.gov.epuap.wsdl.obiekty.DaneNadawcyTyp;
import pl.gov.epuap.wsdl.obiekty.DanePodmiotuTyp;
import pl.gov.epuap.wsdl.obiekty.DokumentTyp;
import pl.gov.epuap.wsdl.obiekty.ObjectFactory;
import pl.gov.epuap.wsdl.obiekty.OdpowiedzPullPobierzTyp;
import pl.gov.epuap.wsdl.obiekty.StatusTyp;
import pl.gov.epuap.wsdl.obiekty.ZapytaniePullPotwierdzTyp;

import javax.xml.datatype.DatatypeFactory;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JAXB types generated from the WSDLs produce messages the published XSD accepts. */
class GeneratedTypesContractTest {

    private final ObjectFactory ob = new ObjectFactory();

    @Test
    void confirmationRequestIsValid() {
        ZapytaniePullPotwierdzTyp q = new ZapytaniePullPotwierdzTyp();
        q.setPodmiot("UMLUBLIN");
        q.setNazwaSkrytki("oswiata");
        q.setAdresSkrytki("/UMLUBLIN/oswiata");
        q.setSkrot("2jmj7l5rSw0yVb/vlWAYkK/YBwk=");
        assertThatCode(() -> validate(ob.createZapytaniePullPotwierdz(q))).doesNotThrowAnyException();
    }

    @Test
    void confirmationWithoutHashIsRejectedBySchema() {
        ZapytaniePullPotwierdzTyp q = new ZapytaniePullPotwierdzTyp();
        q.setPodmiot("UMLUBLIN");
        q.setNazwaSkrytki("oswiata");
        q.setAdresSkrytki("/UMLUBLIN/oswiata");
        assertThatThrownBy(() -> validate(ob.createZapytaniePullPotwierdz(q)))
                .hasStackTraceContaining("skrot");
    }

    @Test
    void fetchedDocumentResponseIsValid() throws Exception {
        OdpowiedzPullPobierzTyp r = new OdpowiedzPullPobierzTyp();
        StatusTyp status = new StatusTyp();
        status.setKod(1);
        status.setKomunikat("OK");
        r.setStatus(status);
        DanePodmiotuTyp podmiot = new DanePodmiotuTyp();
        podmiot.setIdentyfikator("jan.kowalski");
        podmiot.setTypOsoby("F");
        podmiot.setZgoda(true);
        r.setDanePodmiotu(podmiot);
        DaneNadawcyTyp nadawca = new DaneNadawcyTyp();
        nadawca.setUzytkownik("jan.kowalski");
        r.setDaneNadawcy(nadawca);
        r.setDataNadania(DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-11-26T10:15:00+01:00"));
        r.setNazwaSkrytki("oswiata");
        r.setAdresSkrytki("/UMLUBLIN/oswiata");
        r.setCzyTestowe(false);
        r.setDaneDodatkowe(new byte[0]);
        DokumentTyp d = new DokumentTyp();
        d.setNazwaPliku("wniosek.xml");
        d.setTypPliku("text/xml");
        d.setZawartosc("<a/>".getBytes(StandardCharsets.UTF_8));
        r.setDokument(d);
        assertThatCode(() -> validate(ob.createOdpowiedzPullPobierz(r))).doesNotThrowAnyException();
    }

    private static void validate(JAXBElement<?> element) throws Exception {
        JAXBContext ctx = JAXBContext.newInstance(ObjectFactory.class);
        EpuapSchemas.validate(new JAXBSource(ctx, element));
    }
}
