package pl.edugmina.recruitment.domain.applications;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PeselTest {

    @Test
    void knownNumbersGiveTheirBirthDates() {
        // 44051401458: the sample number of the PESEL register (1944-05-14); 02270803624: a child born 2002-07-08
        assertThat(Pesel.birthDate("44051401458")).contains(LocalDate.of(1944, 5, 14));
        assertThat(Pesel.birthDate("02270803624")).contains(LocalDate.of(2002, 7, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"44051401459", "4405140145", "440514014580", "4405140145a", "", "44133101458", "02223003627"})
    void wrongNumbersAreRefused(String s) {
        assertThat(Pesel.isValid(s)).isFalse();
    }

    @Test
    void nullIsNotAPesel() {
        assertThat(Pesel.isValid(null)).isFalse();
    }

    @Test
    void generatedNumbersAreValidAndCarryTheirDateInEveryCentury() {
        Random r = new Random(2026);
        for (int i = 0; i < 2_000; i++) {
            LocalDate d = LocalDate.of(1800 + r.nextInt(500), 1, 1).plusDays(r.nextInt(365));
            String p = Pesel.of(d, r.nextInt(10_000));
            assertThat(Pesel.birthDate(p)).as("seed 2026, #%d: %s", i, p).contains(d);
            // any single changed digit is caught by the check digit
            int pos = r.nextInt(11);
            char other = (char) ('0' + (p.charAt(pos) - '0' + 1 + r.nextInt(9)) % 10);
            String changed = p.substring(0, pos) + other + p.substring(pos + 1);
            assertThat(Pesel.isValid(changed) && Pesel.birthDate(changed).equals(Pesel.birthDate(p)) && pos == 10)
                    .as("seed 2026, #%d: %s → %s", i, p, changed).isFalse();
        }
    }
}
