package pl.edugmina.recruitment.domain.terms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Days free from work by law (dni ustawowo wolne od pracy): every Sunday when {@code sundays} is set, and the dates
 * of the configured rules. The statutory Polish set is {@link PolishPublicHolidays#statutory()}.
 */
public final class PublicHolidays {

    private final List<HolidayRule> rules;
    private final boolean sundays;
    private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

    public PublicHolidays(List<HolidayRule> rules, boolean sundays) {
        this.rules = List.copyOf(rules);
        this.sundays = sundays;
    }

    public List<HolidayRule> rules() {
        return rules;
    }

    public boolean isHoliday(LocalDate date) {
        return (sundays && date.getDayOfWeek() == DayOfWeek.SUNDAY) || datesIn(date.getYear()).containsKey(date);
    }

    /** The holidays of the year by date (Sundays not listed), with their names. */
    public Map<LocalDate, String> datesIn(int year) {
        return byYear.computeIfAbsent(year, y -> {
            Map<LocalDate, String> dates = new TreeMap<>();
            for (HolidayRule r : rules) {
                r.in(y).ifPresent(d -> dates.merge(d, r.name(), (a, b) -> a + ", " + b));
            }
            return java.util.Collections.unmodifiableMap(dates);
        });
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
