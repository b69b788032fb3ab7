package pl.edugmina.simulator.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressesTest {

    @Test
    void an_inbox_address_is_slash_owner_slash_name() {
        assertThat(Addresses.parse("/UMLUBLIN/oswiata")).hasValueSatisfying(a -> {
            assertThat(a.podmiot()).isEqualTo("UMLUBLIN");
            assertThat(a.nazwa()).isEqualTo("oswiata");
            assertThat(a.adres()).isEqualTo("/UMLUBLIN/oswiata");
        });
        assertThat(Addresses.parse(" /jan.testowy/skrytka ")).isPresent();
    }

    @Test
    void anything_else_is_refused() {
        assertThat(Addresses.parse(null)).isEmpty();
        assertThat(Addresses.parse("")).isEmpty();
        assertThat(Addresses.parse("UMLUBLIN/oswiata")).isEmpty();
        assertThat(Addresses.parse("/UMLUBLIN")).isEmpty();
        assertThat(Addresses.parse("/UMLUBLIN/")).isEmpty();
        assertThat(Addresses.parse("/UM LUBLIN/oswiata")).isEmpty();
        assertThat(Addresses.parse("/UMLUBLIN/oswiata/x")).isEmpty();
    }
}
