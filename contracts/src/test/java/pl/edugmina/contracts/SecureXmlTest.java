package pl.edugmina.contracts;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecureXmlTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void parsesNamespacedDocument() throws Exception {
        var doc = SecureXml.parse(utf8("<w:Dokument xmlns:w='urn:x'><w:A>ż</w:A></w:Dokument>"), 1000);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:x");
        assertThat(doc.getDocumentElement().getTextContent()).isEqualTo("ż");
    }

    @Test
    void refusesExternalEntity() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><d>&e;</d>";
        assertThatThrownBy(() -> SecureXml.parse(utf8(xxe), 10_000))
                .isInstanceOf(SecureXml.UnsafeXmlException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesEntityExpansionBomb() {
        String bomb = "<?xml version='1.0'?><!DOCTYPE d [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;'>]><d>&b;</d>";
        assertThatThrownBy(() -> SecureXml.parse(utf8(bomb), 10_000)).isInstanceOf(SecureXml.UnsafeXmlException.class);
    }

    @Test
    void refusesTooDeepDocument() {
        String deep = "<a>".repeat(SecureXml.MAX_DEPTH + 5) + "</a>".repeat(SecureXml.MAX_DEPTH + 5);
        assertThatThrownBy(() -> SecureXml.parse(utf8(deep), 10_000))
                .isInstanceOf(SecureXml.UnsafeXmlException.class).hasMessageContaining("zagnieżdżone");
    }

    @Test
    void refusesOversizedAndMalformedAndEmpty() {
        assertThatThrownBy(() -> SecureXml.parse(utf8("<a>" + "x".repeat(100) + "</a>"), 50)).hasMessageContaining("dopuszczalne");
        assertThatThrownBy(() -> SecureXml.parse(utf8("<a><b></a>"), 1000)).hasMessageContaining("nie jest poprawnym XML");
        assertThatThrownBy(() -> SecureXml.parse(new byte[0], 1000)).hasMessageContaining("pusty");
    }
}
