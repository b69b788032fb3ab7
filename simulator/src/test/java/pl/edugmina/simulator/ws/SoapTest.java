package pl.edugmina.simulator.ws;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class SoapTest {

    @Test
    void nadajAny_stores_the_document_inside_the_wrapper_with_its_namespaces() throws Exception {
        Document d = parse("<ext:Dokument xmlns:ext='http://wsdl.epuap.gov.pl/obiekty/ext/' xmlns:p='urn:p'>\n"
                + "  <p:pismo><p:tresc>Zażółć</p:tresc></p:pismo>\n</ext:Dokument>");
        String s = new String(Soap.bytes((Object) d.getDocumentElement()), StandardCharsets.UTF_8);
        assertThat(s).contains("<p:pismo xmlns:p=\"urn:p\"><p:tresc>Zażółć</p:tresc></p:pismo>").doesNotContain("Dokument");
    }

    @Test
    void a_wrapper_with_more_than_one_element_is_kept_whole() throws Exception {
        Document d = parse("<ext:Dokument xmlns:ext='urn:ext'><a/><b/></ext:Dokument>");
        assertThat(new String(Soap.bytes((Object) d.getDocumentElement()), StandardCharsets.UTF_8)).contains("<ext:Dokument", "<a/><b/>");
    }

    @Test
    void dane_dodatkowe_stream_is_taken_byte_for_byte() {
        byte[] raw = "<dane>ą</dane>".getBytes(StandardCharsets.UTF_8);
        assertThat(Soap.bytes(new StreamSource(new ByteArrayInputStream(raw)))).isEqualTo(raw);
        assertThat(Soap.bytes((javax.xml.transform.Source) null)).isNull();
    }

    @Test
    void dates_convert_both_ways() {
        OffsetDateTime t = OffsetDateTime.parse("2026-12-10T13:00:00+01:00");
        assertThat(Soap.time(Soap.xml(t))).isEqualTo(OffsetDateTime.parse("2026-12-10T12:00:00Z"));
        assertThat(Soap.ok().getKod()).isEqualTo(1);
        assertThat(Soap.ok().getKomunikat()).isEqualTo("OK");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
