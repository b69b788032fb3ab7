package pl.edugmina.simulator.ws;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.util.JAXBSource;
import org.junit.jupiter.api.Test;
import pl.edugmina.contracts.EpuapSchemas;
import pl.edugmina.simulator.store.InboxMessage;
import pl.edugmina.simulator.store.Party;
import pl.gov.epuap.wsdl.obiekty.ObjectFactory;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThatCode;

/** What the simulator answers to pobierzNastepny is valid against the published obiektypk.xsd. */
class PullContractTest {

    @Test
    void fetchedDocumentAnswerIsValidAgainstTheXsd() {
        InboxMessage m = new InboxMessage(1, "/UMLUBLIN/oswiata", "oswiata",
                new Party("jan.testowy", "F", "Jan", "Testowy", "80010112345", null, true), "jan.testowy", null,
                OffsetDateTime.parse("2026-11-26T10:15:30+01:00"), "/jan.testowy/skrytka", false, null, "wniosek.xml",
                "text/xml", "<a/>".getBytes(StandardCharsets.UTF_8), "skrot", "valid", null);
        assertThatCode(() -> EpuapSchemas.validate(new JAXBSource(JAXBContext.newInstance(ObjectFactory.class),
                new ObjectFactory().createOdpowiedzPullPobierz(PullEndpoint.answer(m))))).doesNotThrowAnyException();
    }

    @Test
    void institutionSenderWithoutPersonalNamesIsValidToo() {
        InboxMessage m = new InboxMessage(2, "/UMLUBLIN/oswiata", "oswiata",
                new Party("PRZEDSZKOLE", "P", null, "Przedszkole „Słoneczko”", null, "123456785", false), null, "system-x",
                OffsetDateTime.parse("2026-11-26T10:15:30Z"), null, true, "<d/>".getBytes(StandardCharsets.UTF_8), "a.xml",
                null, new byte[] {1, 2, 3}, "skrot", "raw", null);
        assertThatCode(() -> EpuapSchemas.validate(new JAXBSource(JAXBContext.newInstance(ObjectFactory.class),
                new ObjectFactory().createOdpowiedzPullPobierz(PullEndpoint.answer(m))))).doesNotThrowAnyException();
    }
}
