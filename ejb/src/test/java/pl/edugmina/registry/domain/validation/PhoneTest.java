package pl.edugmina.registry.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "814661234|+48814661234",
            "81 466 12 34|+48814661234",
            "81-466-12-34|+48814661234",
            "(81) 466-12-34|+48814661234",
            "+48 81 466 12 34|+48814661234",
            "+48814661234|+48814661234",
            "0048 600 100 200|+48600100200",
            "600-100-200|+48600100200",
            "  600 100 200  |+48600100200"})
    void acceptsAndNormalizesPolishNumbers(String input, String expected) {
        assertThat(Phone.isValid(input)).isTrue();
        assertThat(Phone.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"81466123", "8146612345", "081 466 12 34", "012345678", "+49 81 466 12 34",
            "+48 81 466 12 3", "81 466 12 34 wew. 12", "81.466.12.34", "(814) 66-12-34", "81) 466 12 34",
            "+48+48814661234", "814661234, 814661235", "abc", "٨١٤٦٦١٢٣٤"})
    void rejectsOtherInput(String input) {
        assertThat(Phone.isValid(input)).isFalse();
        assertThat(Phone.isValid(Phone.normalize(input))).isFalse();
        if (input != null && !input.isBlank()) {
            assertThat(Phone.normalize(input)).isEqualTo(input.strip());
        }
    }

    @Test
    void normalizedNumberIsValid() {
        assertThat(Phone.isValid(Phone.normalize("81 466 12 34"))).isTrue();
    }
}
