package pl.edugmina.recruitment.domain.terms;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * One public holiday as the law defines it, valid in the years {@code fromYear} … {@code untilYear} (both optional):
 * a fixed date, or a number of days after Easter Sunday.
 */
public sealed interface HolidayRule {

    String name();

    /** The holiday's date in the year, or empty when the rule is not in force that year. */
    Optional<LocalDate> in(int year);

    record FixedDate(String name, MonthDay date, Integer fromYear, Integer untilYear) implements HolidayRule {
        public FixedDate(String name, MonthDay date) {
            this(name, date, null, null);
        }

        @Override
        public Optional<LocalDate> in(int year) {
            return inForce(fromYear, untilYear, year) ? Optional.of(date.atYear(year)) : Optional.empty();
        }
    }

    /** {@code daysAfterEaster}: 0 for Easter Sunday, 1 for Easter Monday, 49 for Pentecost, 60 for Corpus Christi. */
    record EasterBased(String name, int daysAfterEaster, Integer fromYear, Integer untilYear) implements HolidayRule {
        public EasterBased(String name, int daysAfterEaster) {
            this(name, daysAfterEaster, null, null);
        }

        @Override
        public Optional<LocalDate> in(int year) {
            return inForce(fromYear, untilYear, year)
                    ? Optional.of(PublicHolidays.easterSunday(year).plusDays(daysAfterEaster)) : Optional.empty();
        }
    }

    private static boolean inForce(Integer fromYear, Integer untilYear, int year) {
        return (fromYear == null || year >= fromYear) && (untilYear == null || year <= untilYear);
    }
}
