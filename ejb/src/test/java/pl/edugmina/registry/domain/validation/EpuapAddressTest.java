package pl.edugmina.registry.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EpuapAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"/SP23Lublin/SkrytkaESP", "/ABC123xyz/SkrytkaESP", "/um_lublin/skrytka",
            "/a/b", "/x-y_z/Skrytka-ESP_2"})
    void acceptsInboxAddresses(String address) {
        assertThat(EpuapAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"SP23Lublin/SkrytkaESP", "/SP23Lublin", "/SP23Lublin/", "//SkrytkaESP",
            "/SP23Lublin/Skrytka/ESP", "/SP 23/SkrytkaESP", "/SP23Łódź/SkrytkaESP", "/SP23.Lublin/SkrytkaESP",
            "/SP23Lublin/SkrytkaESP/", "/", "/SP23Lublin/SkrytkaESP\n"})
    void rejectsMalformedAddresses(String address) {
        assertThat(EpuapAddress.isValid(address)).isFalse();
    }

    @Test
    void segmentsAreLimitedTo64Characters() {
        String s64 = "a".repeat(64);
        assertThat(EpuapAddress.isValid("/" + s64 + "/" + s64)).isTrue();
        assertThat(EpuapAddress.isValid("/" + s64 + "a/SkrytkaESP")).isFalse();
        assertThat(EpuapAddress.isValid("/SP23/" + s64 + "a")).isFalse();
    }

    @Test
    void normalizeTrims() {
        assertThat(EpuapAddress.normalize("  /SP23Lublin/SkrytkaESP ")).isEqualTo("/SP23Lublin/SkrytkaESP");
        assertThat(EpuapAddress.normalize(" SkrytkaESP ")).isEqualTo("SkrytkaESP");
        assertThat(EpuapAddress.normalize("")).isNull();
    }
}
