package pl.edugmina.recruitment.domain.terms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdministrativeTermsTest {

    static final PublicHolidays PL = PolishPublicHolidays.statutory();
    static final AdministrativeTerms KPA = new AdministrativeTerms(PL);

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16",
            "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSunday(int year, LocalDate easter) {
        assertThat(PublicHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0} is a holiday")
    @CsvSource({"2026-01-01", "2026-01-06", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-03", "2026-05-24",
            "2026-06-04", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-24", "2026-12-25", "2026-12-26",
            "2027-03-28", "2027-03-29", "2027-05-16", "2027-05-27", "2027-12-24", "2025-12-24", "2011-01-06"})
    void holidays(LocalDate date) {
        assertThat(PL.isHoliday(date)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not a holiday")
    @CsvSource({"2024-12-24", "2010-01-06", "2026-04-07", "2026-04-04", "2026-11-10", "2026-06-05", "2027-04-05"})
    void notHolidays(LocalDate date) {
        assertThat(PL.isHoliday(date)).isFalse();
    }

    @Test
    void everySundayIsAHolidayAndASaturdayIsNotButIsNoWorkingDay() {
        LocalDate sunday = LocalDate.of(2026, 3, 15);
        assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(PL.isHoliday(sunday)).isTrue();
        assertThat(PL.isHoliday(sunday.minusDays(1))).isFalse();
        assertThat(KPA.isWorkingDay(sunday.minusDays(1))).isFalse();
        assertThat(KPA.isWorkingDay(sunday.plusDays(1))).isTrue();
    }

    @Test
    void theHolidaysOf2026HaveNames() {
        assertThat(PL.datesIn(2026)).hasSize(14)
                .containsEntry(LocalDate.of(2026, 6, 4), "Boże Ciało")
                .containsEntry(LocalDate.of(2026, 12, 24), "Wigilia Bożego Narodzenia");
        assertThat(PL.datesIn(2024)).hasSize(13).doesNotContainKey(LocalDate.of(2024, 12, 24));
    }

    @ParameterizedTest(name = "event {0} + {1} days → {2}")
    @CsvSource({
            // the day of the event is not counted: Friday + 3 days = Monday
            "2026-01-02, 3, 2026-01-05",
            // ends on Epiphany (Tuesday) → Wednesday
            "2026-01-02, 4, 2026-01-07",
            // ends on Easter Monday → Tuesday
            "2026-03-30, 7, 2026-04-07",
            // ends on Easter Sunday → Easter Monday is a holiday too → Tuesday
            "2026-03-29, 7, 2026-04-07",
            // ends on Saturday → Monday
            "2026-06-13, 7, 2026-06-22",
            "2026-06-15, 5, 2026-06-22",
            // ends on 11 November (Wednesday) → Thursday
            "2026-11-04, 7, 2026-11-12",
            // ends on 24 December 2026 (a holiday from 2025), then Christmas, Saturday, Sunday → Monday 28th
            "2026-12-17, 7, 2026-12-28",
            // 24 December 2024 was a working day
            "2024-12-17, 7, 2024-12-24",
            // ends on Easter Monday 2027 → Tuesday
            "2027-03-22, 7, 2027-03-30",
            // Corpus Christi 2027 (Thursday) → Friday
            "2027-05-20, 7, 2027-05-28",
            // an ordinary working day stays
            "2026-09-01, 14, 2026-09-15"})
    void termsInDays(LocalDate event, int days, LocalDate end) {
        assertThat(KPA.endOfDays(event, days)).isEqualTo(end);
    }

    @Test
    void termsInWeeksAndMonths() {
        // same weekday 2 weeks later
        assertThat(KPA.endOfWeeks(LocalDate.of(2026, 3, 4), 2)).isEqualTo(LocalDate.of(2026, 3, 18));
        // 31 January + 1 month → 28 February 2027, a Sunday → Monday 1 March
        assertThat(LocalDate.of(2027, 2, 28).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(KPA.endOfMonths(LocalDate.of(2027, 1, 31), 1)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(KPA.endOfMonths(LocalDate.of(2026, 1, 15), 1)).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThatThrownBy(() -> KPA.endOfDays(LocalDate.of(2026, 1, 1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRecruitmentTermsAfterTheListsAreCountedTheSameWay() {
        RecruitmentTerms terms = RecruitmentTerms.statutoryDefaults();
        // lists announced Thursday 17.12.2026 → 7 days end on 24.12 (holiday) → Monday 28.12.2026
        assertThat(terms.lastDayToRequestJustification(KPA, LocalDate.of(2026, 12, 17))).isEqualTo(LocalDate.of(2026, 12, 28));
        // justification requested Monday 30.03.2026 → 5 days end Saturday 4.04 → Easter → Easter Monday → Tuesday 7.04
        assertThat(terms.lastDayToPrepareJustification(KPA, LocalDate.of(2026, 3, 30))).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(terms.lastDayToAppeal(KPA, LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 7, 8));
        assertThat(terms.lastDayToDecideAppeal(KPA, LocalDate.of(2026, 7, 8))).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThatThrownBy(() -> new RecruitmentTerms(0, 5, 7, 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
