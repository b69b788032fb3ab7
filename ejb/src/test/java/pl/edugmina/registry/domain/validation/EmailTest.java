package pl.edugmina.registry.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @ParameterizedTest
    @ValueSource(strings = {"sp23@edu.lublin.example", "sekretariat@sp1.lublin.pl", "jan.kowalski@lublin.eu",
            "a@b.pl", "first.last+tag@sub-domain.example.com", "o'brien@example.org", "X_Y-1@EXAMPLE.COM"})
    void acceptsTypicalAddresses(String email) {
        assertThat(Email.isValid(email)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"plainaddress", "@lublin.pl", "jan@", "jan@lublin", "jan@@lublin.pl",
            "jan@lub@lin.pl", "jan kowalski@lublin.pl", "jan@lub lin.pl", ".jan@lublin.pl", "jan.@lublin.pl",
            "ja..n@lublin.pl", "jan@.lublin.pl", "jan@lublin..pl", "jan@-lublin.pl", "jan@lublin-.pl",
            "jan@lublin.p", "jan@lublin.p1", "jan@lublin.pl.", "jan@[10.0.0.1]", "\"jan\"@lublin.pl",
            "jan@łódź.pl", "żaneta@lublin.pl", "jan@lublin.pl\n", "jan<script>@lublin.pl", "jan@lub_lin.pl"})
    void rejectsInvalidAddresses(String email) {
        assertThat(Email.isValid(email)).isFalse();
    }

    @Test
    void enforcesLengthLimits() {
        String local64 = "a".repeat(64);
        assertThat(Email.isValid(local64 + "@lublin.pl")).isTrue();
        assertThat(Email.isValid(local64 + "a@lublin.pl")).isFalse();
        assertThat(Email.isValid("a@" + "b".repeat(63) + ".pl")).isTrue();
        assertThat(Email.isValid("a@" + "b".repeat(64) + ".pl")).isFalse();

        String domain = ("x".repeat(60) + ".").repeat(4) + "pl"; // 246 chars
        String at254 = "ab.cdef@" + domain;
        assertThat(at254).hasSize(254);
        assertThat(Email.isValid(at254)).isTrue();
        assertThat(Email.isValid("ab.cdefg@" + domain)).isFalse(); // 255
        assertThat(Email.isValid("a".repeat(10_000_000) + "@lublin.pl")).isFalse();
    }

    @Test
    void normalizeTrimsAndLowerCasesDomain() {
        assertThat(Email.normalize("  Jan.Kowalski@LUBLIN.Example ")).isEqualTo("Jan.Kowalski@lublin.example");
        assertThat(Email.normalize(" Not An@Email ")).isEqualTo("Not An@Email");
        assertThat(Email.normalize(" ")).isNull();
        assertThat(Email.normalize(null)).isNull();
    }
}
