package pl.edugmina.registry.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {

    /*
     * Hand-worked examples (weights 6,5,7,2,3,4,5,6,7):
     *  123456321-? : 6+10+21+8+15+24+15+12+7 = 118, 118 mod 11 = 8 -> 1234563218
     *  526025027-? : 30+10+42+0+6+20+0+12+49 = 169, 169 mod 11 = 4 -> 5260250274
     *  946257581-? : 54+20+42+4+15+28+25+48+7 = 243, 243 mod 11 = 1 -> 9462575811
     *  000000003-? : 3*7 = 21, 21 mod 11 = 10 -> no valid NIP with this prefix
     *  100000000-? : 6 -> 1000000006
     */

    @ParameterizedTest
    @ValueSource(strings = {"1234563218", "5260250274", "9462575811", "1000000006"})
    void acceptsHandWorkedExamples(String nip) {
        assertThat(Nip.isValid(nip)).isTrue();
        assertThat(Nip.normalize(nip)).isEqualTo(nip);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123-456-32-18", "123-45-63-218", "123 456 32 18", " 1234563218 ", "123 45 63 218"})
    void acceptsWrittenForms(String nip) {
        assertThat(Nip.isValid(nip)).isTrue();
        assertThat(Nip.normalize(nip)).isEqualTo("1234563218");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234563217", "1234563219", "5260250275", "9462575810"})
    void rejectsWrongCheckDigit(String nip) {
        assertThat(Nip.isValid(nip)).isFalse();
    }

    @Test
    void remainderTenIsNeverValid() {
        assertThat(Nip.checkDigit("000000003")).isEqualTo(-1);
        for (char d = '0'; d <= '9'; d++) {
            assertThat(Nip.isValid("000000003" + d)).isFalse();
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "123456321", "12345632180", "PL1234563218", "123456321X",
            "123/456/32/18", "１２３４５６３２１８"})
    void rejectsMalformedInput(String nip) {
        assertThat(Nip.isValid(nip)).isFalse();
        assertThat(Nip.isValid(Nip.normalize(nip))).isFalse();
    }

    @Test
    void normalizeStripsSeparatorsWithoutValidating() {
        assertThat(Nip.normalize(null)).isNull();
        assertThat(Nip.normalize(" ")).isNull();
        assertThat(Nip.normalize("123-456-32-19")).isEqualTo("1234563219");
        assertThat(Nip.normalize(" PL 123 ")).isEqualTo("PL123");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234563218", "5260250274", "9462575811"})
    void everySingleDigitCorruptionIsRejected(String valid) {
        for (int i = 0; i < valid.length(); i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c != valid.charAt(i)) {
                    String corrupted = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertThat(Nip.isValid(corrupted)).as(corrupted).isFalse();
                }
            }
        }
    }

    @Test
    void checkDigitAgreesWithValidation() {
        int valid = 0;
        for (long n = 0; n < 1_000_000_000L; n += 7_654_321L) {
            String prefix = String.format("%09d", n);
            int check = Nip.checkDigit(prefix);
            if (check >= 0) {
                assertThat(Nip.isValid(prefix + check)).as(prefix).isTrue();
                valid++;
            } else {
                for (char d = '0'; d <= '9'; d++) {
                    assertThat(Nip.isValid(prefix + d)).isFalse();
                }
            }
        }
        assertThat(valid).isGreaterThan(100);
    }
}
