package pl.edugmina.simulator.pz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeselTest {

    @ParameterizedTest
    @ValueSource(strings = {"80010112357", "44051401359", "02270803624", "00321512345"})
    void valid_numbers(String pesel) {
        assertThat(Pesel.problem(pesel)).isEmpty();
        assertThat(Pesel.valid(pesel)).isTrue();
    }

    @Test
    void the_default_of_the_signing_page_is_valid_but_the_eform_test_citizen_is_not() {
        assertThat(Pesel.valid(PersonForm.DEFAULT_PESEL)).isTrue();
        assertThat(Pesel.problem("80010112345")).contains("PESEL ma niepoprawną cyfrę kontrolną");
    }

    @Test
    void wrong_shape_date_or_check_digit() {
        assertThat(Pesel.problem(null)).contains("PESEL musi składać się z 11 cyfr");
        assertThat(Pesel.problem("8001011235")).contains("PESEL musi składać się z 11 cyfr");
        assertThat(Pesel.problem("800101123570")).contains("PESEL musi składać się z 11 cyfr");
        assertThat(Pesel.problem("8001011235a")).contains("PESEL musi składać się z 11 cyfr");
        assertThat(Pesel.problem("80023012345")).contains("PESEL zawiera nieistniejącą datę urodzenia"); // 30 February
        assertThat(Pesel.problem("80130112345")).contains("PESEL zawiera nieistniejącą datę urodzenia"); // month 13
        assertThat(Pesel.problem("80010112358")).contains("PESEL ma niepoprawną cyfrę kontrolną");
    }

    @Test
    void the_century_is_in_the_month() {
        assertThat(Pesel.birthDate("02270803624")).contains(LocalDate.of(2002, 7, 8));
        assertThat(Pesel.birthDate("00321512345")).contains(LocalDate.of(2000, 12, 15));
        assertThat(Pesel.birthDate("99810100000")).contains(LocalDate.of(1899, 1, 1));
    }
}
