package pl.edugmina.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final char[] PASSWORD = "Lublin2025dobre".toCharArray();

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void hashThenVerifyRoundTrip() {
        String stored = hasher.hash(PASSWORD);

        assertThat(stored).startsWith("pbkdf2-sha512$1000$");
        assertThat(stored.split("\\$")).hasSize(4);
        assertThat(hasher.verify(PASSWORD, stored)).isTrue();
    }

    @Test
    void hashDoesNotContainThePassword() {
        assertThat(hasher.hash(PASSWORD)).doesNotContain(new String(PASSWORD));
    }

    @Test
    void wrongPasswordFails() {
        String stored = hasher.hash(PASSWORD);

        assertThat(hasher.verify("Lublin2025dobrE".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("Lublin2025dobre ".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify(new char[0], stored)).isFalse();
    }

    @Test
    void twoHashesOfTheSamePasswordDifferBecauseOfTheSalt() {
        String a = hasher.hash(PASSWORD);
        String b = hasher.hash(PASSWORD);

        assertThat(a).isNotEqualTo(b);
        assertThat(a.split("\\$")[2]).isNotEqualTo(b.split("\\$")[2]);
        assertThat(hasher.verify(PASSWORD, a)).isTrue();
        assertThat(hasher.verify(PASSWORD, b)).isTrue();
    }

    @Test
    void storedIterationCountIsUsedSoTheCostCanBeRaisedLater() {
        String old = hasher.hash(PASSWORD);

        assertThat(new PasswordHasher(2000).verify(PASSWORD, old)).isTrue();
    }

    @Test
    void defaultCostRoundTrip() {
        PasswordHasher standard = new PasswordHasher();

        String stored = standard.hash(PASSWORD);

        assertThat(stored).startsWith("pbkdf2-sha512$" + PasswordHasher.DEFAULT_ITERATIONS + "$");
        assertThat(PasswordHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(210_000);
        assertThat(standard.verify(PASSWORD, stored)).isTrue();
        assertThat(standard.verify("Lublin2025zle1".toCharArray(), stored)).isFalse();
    }

    @Test
    void tooFewIterationsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHasher(999));
    }

    @Test
    void burnDoesNotThrow() {
        assertThatNoException().isThrownBy(() -> hasher.burn(PASSWORD));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "plain-text-password",
            "$",
            "$$$",
            "pbkdf2-sha512",
            "pbkdf2-sha512$1000$c2FsdA",
            "pbkdf2-sha512$1000$c2FsdA$aGFzaA$extra",
            "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha512$abc$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha512$$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha512$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "{bcrypt}$2a$10$abcdefghijklmnopqrstuv"
    })
    void malformedOrForeignStoredStringsReturnFalse(String stored) {
        assertThat(hasher.verify(PASSWORD, stored)).isFalse();
    }

    /** Stored strings with the right prefix and four parts but an unusable salt, hash or iteration count. */
    @ParameterizedTest
    @ValueSource(strings = {
            "pbkdf2-sha512$1000$not base64!$aGFzaA",
            "pbkdf2-sha512$1000$c2FsdHNhbHRzYWx0c2FsdA$@@@",
            "pbkdf2-sha512$1000$$aGFzaA",
            "pbkdf2-sha512$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha512$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            "pbkdf2-sha512$2147483647$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA"
    })
    void corruptPartsReturnFalse(String stored) {
        assertThat(hasher.verify(PASSWORD, stored)).isFalse();
    }

    @Test
    void tamperedHashFails() {
        String stored = hasher.hash(PASSWORD);
        String[] p = stored.split("\\$");
        String otherSalt = hasher.hash(PASSWORD).split("\\$")[2];

        assertThat(hasher.verify(PASSWORD, p[0] + "$" + p[1] + "$" + otherSalt + "$" + p[3])).isFalse();
        assertThat(hasher.verify(PASSWORD, p[0] + "$2000$" + p[2] + "$" + p[3])).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc123", "abcdefghij1", "12345678901"})
    void shorterThanTwelveCharactersIsTooShort(String password) {
        assertThat(PasswordHasher.policyViolation(password == null ? null : password.toCharArray()))
                .isEqualTo("password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijkl", "123456789012", "!!!!!!!!!!!!", "abcdefghijk!", "            "})
    void twelveCharactersWithoutBothLettersAndDigitsIsTooWeak(String password) {
        assertThat(PasswordHasher.policyViolation(password.toCharArray())).isEqualTo("password.tooWeak");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijk1", "1bcdefghijkl", "Zażółć gęślą 1", "Lublin2025dobre", "12345678901a"})
    void twelveOrMoreCharactersWithLettersAndDigitsIsAccepted(String password) {
        assertThat(PasswordHasher.policyViolation(password.toCharArray())).isNull();
    }
}
