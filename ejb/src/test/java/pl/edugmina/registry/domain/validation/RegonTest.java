package pl.edugmina.registry.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegonTest {

    /*
     * Hand-worked examples (weights 8,9,2,3,4,5,6,7):
     *  12345678-? : 8+18+6+12+20+30+42+56 = 192, 192 mod 11 = 5        -> 123456785
     *  00033150-? : 0+0+0+9+12+5+30+0 = 56, 56 mod 11 = 1 (GUS itself) -> 000331501
     *  11111111-? : 8+9+2+3+4+5+6+7 = 44, 44 mod 11 = 0                -> 111111110
     *  00000002-? : 2*7 = 14, 14 mod 11 = 3                              -> 000000023
     *  00000001-? : 1*7 = 7                                             -> 000000017
     *  00000000-? with digit 7 at position 6: 7*6=42, 42 mod 11 = 9     -> 000000709
     *  remainder 10 -> 0: 00000050-? : 5*6 = 30, 30 mod 11 = 8; 00000300-?: 3*5=15 -> 4;
     *                     20000000-? : 2*8 = 16 -> 5; 00010000-?: 1*3 = 3;
     *                     00000005-? : 5*7 = 35, 35 mod 11 = 2;
     *                     10000001-? : 8+7 = 15 -> 4; 00000011-?: 6+7 = 13 -> 2;
     *                     01000001-? : 9+7 = 16 -> 5; 00000032-?: 3*6+2*7 = 32 -> 10 -> 0 -> 000000320
     *
     * 14 digits (weights 2,4,8,5,0,9,7,3,6,1,2,4,8), on top of 123456785:
     *  1234567851234-? : 2+8+24+20+0+54+49+24+30+1+4+12+32 = 260, 260 mod 11 = 7 -> 12345678512347
     */

    @ParameterizedTest
    @ValueSource(strings = {"123456785", "000331501", "111111110", "000000023", "000000017",
            "000000709", "000000320", "12345678512347"})
    void acceptsHandWorkedExamples(String regon) {
        assertThat(Regon.isValid(regon)).isTrue();
        assertThat(Regon.normalize(regon)).isEqualTo(regon);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456784", "123456786", "000331500", "000000321", "12345678512346",
            "12345678512348"})
    void rejectsWrongCheckDigit(String regon) {
        assertThat(Regon.isValid(regon)).isFalse();
    }

    @Test
    void remainderTenGivesCheckDigitZero() {
        // 00000032: 3*6 + 2*7 = 32, 32 mod 11 = 10 -> 0
        assertThat(Regon.checkDigit("00000032")).isZero();
        assertThat(Regon.isValid("000000320")).isTrue();
        for (int d = 1; d <= 9; d++) {
            assertThat(Regon.isValid("00000032" + d)).as("check digit %d", d).isFalse();
        }
    }

    @Test
    void fourteenDigitRegonRequiresValidNineDigitPrefix() {
        // prefix 123456784 is invalid; make the 14-digit checksum right anyway
        String leading = "123456784" + "1234";
        String regon14 = leading + Regon.checkDigit(leading);
        assertThat(Regon.isValid(regon14)).isFalse();
    }

    @Test
    void normalizeStripsSpacesAndDashes() {
        assertThat(Regon.normalize(" 123-456-785 ")).isEqualTo("123456785");
        assertThat(Regon.normalize("123 456 785")).isEqualTo("123456785");
        assertThat(Regon.normalize("12345678 51234 7")).isEqualTo("12345678512347");
        assertThat(Regon.isValid("123-456-785")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "12345678", "1234567850", "1234567851234", "123456785123470",
            "12345678A", "١٢٣٤٥٦٧٨٥", "123.456.785", "+23456785"})
    void rejectsMalformedInput(String regon) {
        assertThat(Regon.isValid(regon)).isFalse();
        assertThat(Regon.isValid(Regon.normalize(regon))).isFalse();
    }

    @Test
    void normalizeDoesNotValidate() {
        assertThat(Regon.normalize(null)).isNull();
        assertThat(Regon.normalize("  ")).isNull();
        assertThat(Regon.normalize(" 123-456-784 ")).isEqualTo("123456784");
        assertThat(Regon.normalize("12345678A")).isEqualTo("12345678A");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456785", "000331501", "000000709", "12345678512347"})
    void everySingleDigitCorruptionIsRejected(String valid) {
        // All chosen examples have a check digit computed from a remainder 1..9 (never 0 or 10),
        // so a change of one digit always moves the remainder to a different value.
        for (int i = 0; i < valid.length(); i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c == valid.charAt(i)) {
                    continue;
                }
                String corrupted = valid.substring(0, i) + c + valid.substring(i + 1);
                assertThat(Regon.isValid(corrupted)).as(corrupted).isFalse();
            }
        }
    }

    @Test
    void adjacentTranspositionsOfTheExampleAreRejected() {
        String valid = "123456785";
        for (int i = 0; i < valid.length() - 1; i++) {
            char[] chars = valid.toCharArray();
            char tmp = chars[i];
            chars[i] = chars[i + 1];
            chars[i + 1] = tmp;
            assertThat(Regon.isValid(new String(chars))).as(new String(chars)).isFalse();
        }
    }

    @Test
    void checkDigitAgreesWithValidationForManyPrefixes() {
        for (int n = 0; n < 100_000; n += 37) {
            String prefix = String.format("%08d", n * 997L % 100_000_000);
            String regon = prefix + Regon.checkDigit(prefix);
            assertThat(Regon.isValid(regon)).as(regon).isTrue();
            String regon14Leading = regon + String.format("%04d", n % 10_000);
            assertThat(Regon.isValid(regon14Leading + Regon.checkDigit(regon14Leading))).isTrue();
        }
    }

    @Test
    void checkDigitRejectsWrongLength() {
        assertThatThrownBy(() -> Regon.checkDigit("1234567")).isInstanceOf(IllegalArgumentException.class);
    }
}
