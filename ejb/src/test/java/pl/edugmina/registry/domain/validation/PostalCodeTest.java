package pl.edugmina.registry.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"20-950", "00-001", "99-999", "20-076", " 20-950 "})
    void acceptsCanonicalForm(String code) {
        assertThat(PostalCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"20950", "2-0950", "20-95", "20-9500", "20 950", "20–950", "AB-CDE",
            "20-95O", "020-950", "２０-９５０"})
    void rejectsOtherForms(String code) {
        assertThat(PostalCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"20950,20-950", "' 20-950',20-950", "00001,00-001"})
    void normalizesBareDigits(String input, String expected) {
        assertThat(PostalCode.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2095", "209500", "20 950", "x0-950"})
    void normalizeLeavesInvalidInputInvalid(String input) {
        assertThat(PostalCode.normalize(input)).isEqualTo(input.strip());
        assertThat(PostalCode.isValid(PostalCode.normalize(input))).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void normalizeGivesNullForBlank(String input) {
        assertThat(PostalCode.normalize(input)).isNull();
    }
}
