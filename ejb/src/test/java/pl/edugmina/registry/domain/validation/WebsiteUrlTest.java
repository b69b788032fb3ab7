package pl.edugmina.registry.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebsiteUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://sp23.lublin.example", "http://www.sp1.lublin.pl/", "HTTPS://SP23.LUBLIN.EXAMPLE/o-szkole",
            "https://lublin.eu/edukacja?x=1&y=2#top", "http://10.0.0.1:8080/app", "https://sp-23.lublin.example."})
    void acceptsHttpAndHttps(String url) {
        assertThat(WebsiteUrl.isValid(url)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>",
            "ftp://ftp.lublin.pl", "file:///etc/passwd", "mailto:sp23@lublin.example", "//sp23.lublin.example",
            "sp23.lublin.example", "https://", "https:///path", "http://localhost", "https://user:pass@evil.example",
            "https://lublin.pl@evil.example", "https://sp 23.lublin.example", "https://sp23.lublin.example/a b",
            "https://sp23.lublin.example\n", "https://sp_23.lublin.example", "http://-sp.lublin.pl", "https://.lublin.pl",
            "vbscript:msgbox", " https://sp23.lublin.example"})
    void rejectsEverythingElse(String url) {
        assertThat(WebsiteUrl.isValid(url)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"www.sp1.lublin.pl,http://www.sp1.lublin.pl", "' https://sp23.lublin.example ',https://sp23.lublin.example",
            "sp23.lublin.example/kontakt,http://sp23.lublin.example/kontakt"})
    void normalizeTrimsAndAddsMissingScheme(String input, String expected) {
        assertThat(WebsiteUrl.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://x.pl", "data:,x", "nie mamy strony", "localhost", " javascript:x "})
    void normalizeKeepsRejectingDangerousSchemes(String input) {
        assertThat(WebsiteUrl.normalize(input)).isEqualTo(input.strip());
        assertThat(WebsiteUrl.isValid(WebsiteUrl.normalize(input))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void normalizeGivesNullForBlank(String input) {
        assertThat(WebsiteUrl.normalize(input)).isNull();
    }

    @Test
    void rejectsOverlongUrl() {
        assertThat(WebsiteUrl.isValid("https://lublin.example/" + "a".repeat(WebsiteUrl.MAX_LENGTH))).isFalse();
    }
}
