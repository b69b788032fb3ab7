package pl.edugmina.simulator.docs;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import pl.edugmina.contracts.SecureXml;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SkrotAndReceiptsTest {

    private static final OffsetDateTime WHEN = OffsetDateTime.of(2026, 11, 26, 10, 15, 30, 0, ZoneOffset.UTC);

    @Test
    void skrot_is_base64_of_sha1_of_the_content_bytes() {
        // SHA-1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d (FIPS 180 test vector)
        assertThat(Skrot.of("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo("qZk+NkcGgWq6PiVxeFDCbJzQ2J0=");
        assertThat(Skrot.of(new byte[0])).isEqualTo("2jmj7l5rSw0yVb/vlWAYkK/YBwk=");
        // SHA-256("abc") = ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 96177a9c b410ff61 f20015ad
        assertThat(Skrot.sha256("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    }

    @Test
    void upp_certifies_the_submitted_document_with_its_sha256() throws Exception {
        byte[] doc = "<a>pismo & „cudzysłów”</a>".getBytes(StandardCharsets.UTF_8);
        byte[] xml = Receipts.upp(new Receipts.Upp("UPP-1", "DOK-1", WHEN, "UMLUBLIN", "/PRZEDSZKOLE/skrytka",
                "/UMLUBLIN/oswiata", "decyzja <1>.xml", doc, false));

        Document d = SecureXml.parse(xml, 1_000_000);
        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(Receipts.NS);
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("UPP");
        assertThat(text(d, "IdentyfikatorPoswiadczenia")).isEqualTo("UPP-1");
        assertThat(text(d, "IdentyfikatorDokumentu")).isEqualTo("DOK-1");
        assertThat(text(d, "DataPoswiadczenia")).isEqualTo("2026-11-26T10:15:30Z");
        assertThat(text(d, "Nadawca")).isEqualTo("UMLUBLIN");
        assertThat(text(d, "AdresSkrytkiAdresata")).isEqualTo("/PRZEDSZKOLE/skrytka");
        assertThat(text(d, "AdresOdpowiedzi")).isEqualTo("/UMLUBLIN/oswiata");
        assertThat(text(d, "NazwaPliku")).isEqualTo("decyzja <1>.xml");
        assertThat(text(d, "SkrotDokumentu")).isEqualTo(Skrot.sha256(doc));
        assertThat(((org.w3c.dom.Element) d.getElementsByTagNameNS(Receipts.NS, "SkrotDokumentu").item(0))
                .getAttribute("algorytm")).isEqualTo("SHA-256");
        assertThat(text(d, "Probne")).isEqualTo("false");
    }

    @Test
    void upd_certifies_the_delivery() throws Exception {
        byte[] doc = "<decyzja/>".getBytes(StandardCharsets.UTF_8);
        byte[] xml = Receipts.upd(new Receipts.Upd("DOK-2", "ZLEC-2", WHEN, "/jan.testowy/skrytka", "UMLUBLIN",
                "decyzja.xml", doc));

        Document d = SecureXml.parse(xml, 1_000_000);
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("UPD");
        assertThat(text(d, "IdentyfikatorDokumentu")).isEqualTo("DOK-2");
        assertThat(text(d, "IdentyfikatorZlecenia")).isEqualTo("ZLEC-2");
        assertThat(text(d, "DataDoreczenia")).isEqualTo("2026-11-26T10:15:30Z");
        assertThat(text(d, "Adresat")).isEqualTo("/jan.testowy/skrytka");
        assertThat(text(d, "Nadawca")).isEqualTo("UMLUBLIN");
        assertThat(text(d, "SkrotDokumentu")).isEqualTo(Skrot.sha256(doc));
    }

    private static String text(Document d, String name) {
        return d.getElementsByTagNameNS(Receipts.NS, name).item(0).getTextContent();
    }
}
