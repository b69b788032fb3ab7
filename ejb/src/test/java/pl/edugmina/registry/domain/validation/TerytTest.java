package pl.edugmina.registry.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TerytTest {

    @Test
    void acceptsLublinCodes() {
        assertThat(Teryt.isValidVoivodeship("06")).isTrue();
        assertThat(Teryt.isValidCounty("0663")).isTrue();
        assertThat(Teryt.isValidCommune("0663011")).isTrue();
        assertThat(Teryt.isValidLocality("0950463")).isTrue();
    }

    @Test
    void voivodeshipsAreTheSixteenEvenCodes() {
        int count = 0;
        for (int i = 0; i < 100; i++) {
            String code = String.format("%02d", i);
            if (Teryt.isValidVoivodeship(code)) {
                assertThat(i % 2).isZero();
                count++;
            }
        }
        assertThat(count).isEqualTo(16);
        assertThat(Teryt.isValidVoivodeship("02")).isTrue();
        assertThat(Teryt.isValidVoivodeship("32")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"6", "006", "00", "01", "34", "07", "0a", " 06"})
    void rejectsBadVoivodeship(String code) {
        assertThat(Teryt.isValidVoivodeship(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0601", "0663", "1465", "3262"})
    void acceptsCounties(String code) {
        assertThat(Teryt.isValidCounty(code)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"663", "06630", "0600", "0763", "06-63", "06a3"})
    void rejectsBadCounty(String code) {
        assertThat(Teryt.isValidCounty(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0663011", "1465011", "0201011", "0201022", "0201043", "1465018", "0663019"})
    void acceptsCommunes(String code) {
        assertThat(Teryt.isValidCommune(code)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"066301", "06630110", "0663010", "0663001", "0600011", "0763011", "0663O11", "066301 1"})
    void rejectsBadCommune(String code) {
        assertThat(Teryt.isValidCommune(code)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"095046", "09504630", "095046a", "0950 463"})
    void rejectsBadLocality(String code) {
        assertThat(Teryt.isValidLocality(code)).isFalse();
    }
}
