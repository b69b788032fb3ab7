package pl.edugmina.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo content's dates follow the school year of the day it is loaded. */
class DemoContentDatesTest {

    @Test
    void theSchoolYearStartsOnTheFirstOfSeptember() {
        assertThat(DemoContent.schoolYear(LocalDate.of(2026, 11, 27))).isEqualTo(2026);
        assertThat(DemoContent.schoolYear(LocalDate.of(2027, 8, 31))).isEqualTo(2026);
        assertThat(DemoContent.schoolYear(LocalDate.of(2027, 9, 1))).isEqualTo(2027);
    }

    @Test
    void lessonsEndOnTheFirstFridayAfterTheTwentiethOfJune() {
        assertThat(DemoContent.schoolYearEnd(2026)).isEqualTo(LocalDate.of(2027, 6, 25));
        assertThat(DemoContent.schoolYearEnd(2025)).isEqualTo(LocalDate.of(2026, 6, 26));
        // 21 June 2024 was a Friday
        assertThat(DemoContent.schoolYearEnd(2023)).isEqualTo(LocalDate.of(2024, 6, 21));
    }
}
