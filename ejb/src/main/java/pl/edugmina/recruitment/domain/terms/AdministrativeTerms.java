package pl.edugmina.recruitment.domain.terms;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counting terms as Kodeks postępowania administracyjnego art. 57 does (also used for the recruitment's terms of
 * days):
 * <ul>
 * <li>§1: a term in days does not count the day of the event; it ends with the last of its days (event + n days);</li>
 * <li>§2: a term in weeks ends on the same day of the week as the event, n weeks later;</li>
 * <li>§3: a term in months ends on the same day of the month as the event, or the last day of a shorter month;</li>
 * <li>§4: an end that falls on a day free from work by law or on a Saturday moves to the next day that is
 * neither.</li>
 * </ul>
 */
public final class AdministrativeTerms {

    private final PublicHolidays holidays;

    public AdministrativeTerms(PublicHolidays holidays) {
        this.holidays = holidays;
    }

    /** The last day of a term of {@code days} days counted from the event (e.g. the day a list was announced). */
    public LocalDate endOfDays(LocalDate event, int days) {
        requirePositive(days);
        return nextWorkingDayFrom(event.plusDays(days));
    }

    public LocalDate endOfWeeks(LocalDate event, int weeks) {
        requirePositive(weeks);
        return nextWorkingDayFrom(event.plusWeeks(weeks));
    }

    public LocalDate endOfMonths(LocalDate event, int months) {
        requirePositive(months);
        return nextWorkingDayFrom(event.plusMonths(months));
    }

    /** Not a Saturday and not a day free from work by law (Sundays included). */
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && !holidays.isHoliday(date);
    }

    /** The date itself when it is a working day, otherwise the next one. */
    public LocalDate nextWorkingDayFrom(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static void requirePositive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a term must be at least 1 long: " + n);
        }
    }
}
