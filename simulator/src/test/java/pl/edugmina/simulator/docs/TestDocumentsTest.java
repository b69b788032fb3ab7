package pl.edugmina.simulator.docs;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import pl.edugmina.contracts.SecureXml;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestDocumentsTest {

    private static final long MAX = 10L * 1024 * 1024;
    private static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";

    private static XadesSigner signer;
    private static TestDocuments docs;
    private static DssVerifier dss;

    @BeforeAll
    static void keys() throws Exception {
        signer = XadesSigner.load(Keystores.signers(), Keystores.PASSWORD);
        docs = new TestDocuments(signer);
        dss = new DssVerifier(Keystores.trustAnchors(), Keystores.PASSWORD);
    }

    @AfterAll
    static void close() {
        signer.close();
    }

    static LetterSpec spec(long n, Sender sender) {
        return new LetterSpec(n, "Pismo ogólne do podmiotu publicznego", sender, "Urząd Miasta Lublin", 2, 50,
                OffsetDateTime.of(2026, 11, 26, 12, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void valid_document_is_a_signed_eform_that_dss_accepts() throws Exception {
        TestDocuments.Generated g = docs.generate(spec(1, Sender.PERSON), DocumentKind.VALID);

        Document d = SecureXml.parse(g.content(), MAX);
        Element root = d.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(EForm.NS_WNIO);
        assertThat(root.getLocalName()).isEqualTo("Dokument");
        Element last = lastChildElement(root);
        assertThat(last.getNamespaceURI()).isEqualTo(DSIG);
        assertThat(last.getLocalName()).isEqualTo("Signature");
        assertThat(text(d, EForm.NS_STR, "NazwaDokumentu")).isEqualTo("Pismo ogólne do podmiotu publicznego nr 1");
        assertThat(text(d, EForm.NS_OSO, "PESEL")).isEqualTo("80010112345");
        assertThat(text(d, EForm.NS_INST, "NazwaInstytucji")).isEqualTo("Urząd Miasta Lublin");
        assertThat(text(d, EForm.NS_WNIO, "Wartosc")).contains("„Słoneczko” & o informację", "<3-latków>", "nr 1 ");
        assertThat(d.getElementsByTagNameNS(EForm.NS_META, "Czas").item(0).getTextContent()).isEqualTo("2026-11-26T12:00:00Z");
        assertThat(d.getElementsByTagNameNS(EForm.NS_STR, "Zalacznik").getLength()).isEqualTo(2);
        Element att = (Element) d.getElementsByTagNameNS(EForm.NS_STR, "Zalacznik").item(0);
        assertThat(att.getAttribute("format")).isEqualTo("application/pdf");
        assertThat(att.getAttribute("kodowanie")).isEqualTo("base64");
        assertThat(att.getAttribute("nazwaPliku")).isEqualTo("zalacznik-1-1.pdf");
        byte[] pdf = Base64.getDecoder().decode(att.getTextContent());
        assertThat(pdf).hasSize(50 * 1024);
        assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.4");

        SimpleReport r = dss.validate(g.content());
        String id = r.getFirstSignatureId();
        assertThat(r.getSignaturesCount()).isEqualTo(1);
        assertThat(r.getIndication(id)).as("%s %s", r.getAdESValidationErrors(id), r.getSubIndication(id))
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(r.getSignatureFormat(id)).isEqualTo(SignatureLevel.XAdES_BASELINE_B);
        assertThat(r.getSignedBy(id)).isEqualTo("Jan Testowy");
    }

    @Test
    void institution_sender_is_written_as_an_institution() throws Exception {
        TestDocuments.Generated g = docs.generate(spec(2, Sender.INSTITUTION), DocumentKind.UNSIGNED);
        Document d = SecureXml.parse(g.content(), MAX);
        Element nadawcy = (Element) d.getElementsByTagNameNS(EForm.NS_STR, "Nadawcy").item(0);
        assertThat(nadawcy.getElementsByTagNameNS(EForm.NS_OSO, "Osoba").getLength()).isZero();
        assertThat(nadawcy.getElementsByTagNameNS(EForm.NS_INST, "NazwaInstytucji").item(0).getTextContent())
                .isEqualTo("Niepubliczne Przedszkole „Słoneczko” w Lublinie");
    }

    @Test
    void badly_signed_document_fails_the_signature_check() throws Exception {
        TestDocuments.Generated g = docs.generate(spec(3, Sender.PERSON), DocumentKind.BADLY_SIGNED);
        Document d = SecureXml.parse(g.content(), MAX);
        assertThat(text(d, EForm.NS_WNIO, "Wartosc")).endsWith(TestDocuments.TAMPERING);

        SimpleReport r = dss.validate(g.content());
        String id = r.getFirstSignatureId();
        assertThat(r.getSignaturesCount()).isEqualTo(1);
        assertThat(r.getIndication(id)).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(r.getSubIndication(id)).isEqualTo(SubIndication.HASH_FAILURE);
    }

    @Test
    void untrusted_document_is_signed_correctly_by_a_certificate_nobody_trusts() throws Exception {
        TestDocuments.Generated g = docs.generate(spec(4, Sender.PERSON), DocumentKind.UNTRUSTED);
        SecureXml.parse(g.content(), MAX);

        SimpleReport r = dss.validate(g.content());
        String id = r.getFirstSignatureId();
        assertThat(r.getIndication(id)).isNotEqualTo(Indication.TOTAL_PASSED);
        assertThat(r.getIndication(id)).isEqualTo(Indication.INDETERMINATE);
        assertThat(r.getSubIndication(id)).isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(r.getSignedBy(id)).isEqualTo("Adam Obcy");
    }

    @Test
    void unsigned_document_has_no_signature() throws Exception {
        TestDocuments.Generated g = docs.generate(spec(5, Sender.PERSON), DocumentKind.UNSIGNED);
        Document d = SecureXml.parse(g.content(), MAX);
        assertThat(d.getElementsByTagNameNS(DSIG, "Signature").getLength()).isZero();
        assertThat(dss.validate(g.content()).getSignaturesCount()).isZero();
    }

    @Test
    void malformed_document_is_not_well_formed() {
        TestDocuments.Generated g = docs.generate(spec(6, Sender.PERSON), DocumentKind.MALFORMED);
        assertThat(new String(g.content(), 0, 5, StandardCharsets.UTF_8)).isEqualTo("<?xml");
        assertThatThrownBy(() -> SecureXml.parse(g.content(), MAX))
                .isInstanceOf(SecureXml.UnsafeXmlException.class)
                .hasMessageContaining("nie jest poprawnym XML");
    }

    @Test
    void unsafe_document_declares_an_external_entity_and_is_refused() {
        TestDocuments.Generated g = docs.generate(spec(7, Sender.PERSON), DocumentKind.UNSAFE);
        String s = new String(g.content(), StandardCharsets.UTF_8);
        assertThat(s).contains("<!DOCTYPE wnio:Dokument", "<!ENTITY zewn SYSTEM \"file:///etc/passwd\">", "&zewn;");
        assertThatThrownBy(() -> SecureXml.parse(g.content(), MAX))
                .isInstanceOf(SecureXml.UnsafeXmlException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void every_document_is_distinct_and_attachments_are_deterministic() {
        Set<String> skroty = new HashSet<>();
        for (long n = 10; n < 15; n++) {
            skroty.add(docs.generate(spec(n, Sender.PERSON), DocumentKind.UNSIGNED).skrot());
        }
        assertThat(skroty).hasSize(5);
        assertThat(EForm.pdfLike(7, 1000)).isEqualTo(EForm.pdfLike(7, 1000)).isNotEqualTo(EForm.pdfLike(8, 1000));
        assertThat(EForm.build(spec(1, Sender.PERSON))).isEqualTo(EForm.build(spec(1, Sender.PERSON)));
    }

    @Test
    void attachments_can_be_left_out() throws Exception {
        LetterSpec s = new LetterSpec(9, "Bez załączników", Sender.PERSON, "Urząd", 0, 50, OffsetDateTime.now());
        Document d = SecureXml.parse(docs.generate(s, DocumentKind.VALID).content(), MAX);
        assertThat(d.getElementsByTagNameNS(EForm.NS_STR, "Zalaczniki").getLength()).isZero();
    }

    private static String text(Document d, String ns, String name) {
        return d.getElementsByTagNameNS(ns, name).item(0).getTextContent();
    }

    private static Element lastChildElement(Element e) {
        org.w3c.dom.Node n = e.getLastChild();
        while (n != null && n.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) {
            n = n.getPreviousSibling();
        }
        return (Element) n;
    }
}
