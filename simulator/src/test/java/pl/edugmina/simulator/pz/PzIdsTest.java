package pl.edugmina.simulator.pz;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PzIdsTest {

    @Test
    void tokens_are_url_safe_and_distinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = PzIds.newToken();
            assertThat(t).hasSize(32).matches("[A-Za-z0-9_-]+");
            assertThat(PzIds.isToken(t)).isTrue();
            seen.add(t);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void the_id_is_taken_from_the_url_addDocumentToSigning_returned_or_given_bare() {
        String id = "AbC-d_0123456789abcdefghijklmnop";
        assertThat(PzIds.idFrom(id)).contains(id);
        assertThat(PzIds.idFrom("  " + id + " ")).contains(id);
        assertThat(PzIds.idFrom("http://localhost:8080/epuap-sim/pz/podpis/" + id)).contains(id);
        assertThat(PzIds.idFrom("https://sim.example:8443/epuap-sim/pz/podpis/" + id + "/")).contains(id);
        assertThat(PzIds.idFrom("https://sim.example/epuap-sim/pz/podpis/" + id + "?lang=pl#top")).contains(id);
        assertThat(PzIds.idFrom("/epuap-sim/pz/podpis/" + id)).contains(id);
    }

    @Test
    void anything_else_is_no_id() {
        assertThat(PzIds.idFrom(null)).isEmpty();
        assertThat(PzIds.idFrom("")).isEmpty();
        assertThat(PzIds.idFrom("   ")).isEmpty();
        assertThat(PzIds.idFrom("http://localhost:8080/epuap-sim/pz/podpis/")).isEmpty();
        assertThat(PzIds.idFrom("abc def")).isEmpty();
        assertThat(PzIds.idFrom("<id>")).isEmpty();
        assertThat(PzIds.idFrom("x".repeat(129))).isEmpty();
        assertThat(PzIds.idFrom("http://h/epuap-sim/pz/podpis/a%2Fb")).isEmpty();
        assertThat(PzIds.idFrom("http://h/epuap-sim/pz/podpis/a/b")).isEmpty();
        assertThat(PzIds.idFrom("https://pz.gov.pl/somewhere/else")).isEmpty();
    }

    @Test
    void the_page_url_uses_the_configured_base_or_the_request() {
        assertThat(PzIds.pageUrl(PzIds.baseUrl(Optional.of("https://sim.example:8443/"), "http", "ignored", 8080), "/epuap-sim", "T"))
                .isEqualTo("https://sim.example:8443/epuap-sim/pz/podpis/T");
        assertThat(PzIds.pageUrl(PzIds.baseUrl(Optional.empty(), "http", "localhost", 8080), "/epuap-sim", "T"))
                .isEqualTo("http://localhost:8080/epuap-sim/pz/podpis/T");
        assertThat(PzIds.baseUrl(Optional.empty(), "https", "sim.example", 443)).isEqualTo("https://sim.example");
        assertThat(PzIds.baseUrl(Optional.empty(), "HTTP", "sim.example", 80)).isEqualTo("http://sim.example");
        assertThat(PzIds.baseUrl(Optional.empty(), "http", "::1", 8080)).isEqualTo("http://[::1]:8080");
        assertThat(PzIds.baseUrl(Optional.of("  "), "http", "h", 8180)).isEqualTo("http://h:8180");
        assertThat(PzIds.pageUrl("http://h:1", null, "T")).isEqualTo("http://h:1/epuap-sim/pz/podpis/T");
    }
}
