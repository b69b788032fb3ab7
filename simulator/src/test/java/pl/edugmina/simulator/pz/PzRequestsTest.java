package pl.edugmina.simulator.pz;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** addDocumentToSigning's checks: what becomes a soap:Client fault, with which message. */
class PzRequestsTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_well_formed_xml_document_is_accepted() {
        assertThatCode(() -> PzRequests.document(utf8("<?xml version=\"1.0\"?><a xmlns=\"urn:x\">ż</a>"))).doesNotThrowAnyException();
    }

    @Test
    void the_document_is_required_and_must_be_safe_well_formed_xml_of_at_most_10_mb() {
        assertThatThrownBy(() -> PzRequests.document(null)).isInstanceOf(PzInvalidInput.class)
                .hasMessage("Nie przekazano dokumentu do podpisania (doc)");
        assertThatThrownBy(() -> PzRequests.document(new byte[0])).hasMessage("Nie przekazano dokumentu do podpisania (doc)");
        assertThatThrownBy(() -> PzRequests.document(utf8("<a><b></a>"))).isInstanceOf(PzInvalidInput.class)
                .hasMessageStartingWith("Dokumentu nie można podpisać: Dokument nie jest poprawnym XML");
        assertThatThrownBy(() -> PzRequests.document(utf8("to nie XML"))).isInstanceOf(PzInvalidInput.class)
                .hasMessageContaining("nie jest poprawnym XML");
        assertThatThrownBy(() -> PzRequests.document(utf8("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>")))
                .isInstanceOf(PzInvalidInput.class).hasMessageContaining("DOCTYPE");
        byte[] big = new byte[PzRequests.MAX_DOCUMENT_BYTES + 1];
        assertThatThrownBy(() -> PzRequests.document(big)).isInstanceOf(PzInvalidInput.class)
                .hasMessageContaining("więcej niż dopuszczalne 10485760 B (10 MB)");
    }

    @Test
    void return_addresses_are_absolute_http_or_https() {
        assertThat(PzRequests.returnUrl("successURL", " https://edugmina.example/pz/ok?x=1 ")).isEqualTo("https://edugmina.example/pz/ok?x=1");
        assertThat(PzRequests.returnUrl("failureURL", "HTTP://localhost:8080/a")).isEqualTo("HTTP://localhost:8080/a");
        assertThatThrownBy(() -> PzRequests.returnUrl("successURL", null)).isInstanceOf(PzInvalidInput.class)
                .hasMessage("Nie podano adresu successURL (dokąd wrócić po podpisaniu)");
        assertThatThrownBy(() -> PzRequests.returnUrl("failureURL", " ")).hasMessage("Nie podano adresu failureURL (dokąd wrócić po anulowaniu)");
        for (String bad : new String[] {"/relative/path", "ftp://host/x", "javascript:alert(1)", "http://", "http:///x", "https://a b/",
                "mailto:a@b.pl", "http://host/\r\nLocation: x"}) {
            assertThatThrownBy(() -> PzRequests.returnUrl("successURL", bad)).as(bad).isInstanceOf(PzInvalidInput.class)
                    .hasMessageStartingWith("Adres successURL musi być bezwzględnym adresem http:// lub https://");
        }
        assertThatThrownBy(() -> PzRequests.returnUrl("successURL", "https://h/" + "a".repeat(2_000)))
                .hasMessageContaining("jest za długi");
    }

    @Test
    void additional_info_is_optional_and_limited() {
        assertThat(PzRequests.additionalInfo(null)).isNull();
        assertThat(PzRequests.additionalInfo("  ")).isNull();
        assertThat(PzRequests.additionalInfo(" Wniosek o przyjęcie ")).isEqualTo("Wniosek o przyjęcie");
        assertThatThrownBy(() -> PzRequests.additionalInfo("x".repeat(4_001))).isInstanceOf(PzInvalidInput.class)
                .hasMessage("Pole additionalInfo może mieć najwyżej 4000 znaków");
    }
}
