package pl.edugmina.recruitment.domain.terms;

import java.time.MonthDay;
import java.util.List;

/**
 * The statutory days free from work in Poland (ustawa z 18 stycznia 1951 r. o dniach wolnych od pracy, art. 1), as
 * configuration: Sundays and the list below. Epiphany is a holiday from 2011; Christmas Eve from 2025. Check the
 * current text of the act when it changes and add a rule with its first year rather than editing an old one.
 */
public final class PolishPublicHolidays {

    private PolishPublicHolidays() {
    }

    public static PublicHolidays statutory() {
        return new PublicHolidays(List.of(
                new HolidayRule.FixedDate("Nowy Rok", MonthDay.of(1, 1)),
                new HolidayRule.FixedDate("Święto Trzech Króli", MonthDay.of(1, 6), 2011, null),
                new HolidayRule.EasterBased("Wielkanoc", 0),
                new HolidayRule.EasterBased("Poniedziałek Wielkanocny", 1),
                new HolidayRule.FixedDate("Święto Państwowe", MonthDay.of(5, 1)),
                new HolidayRule.FixedDate("Święto Narodowe Trzeciego Maja", MonthDay.of(5, 3)),
                new HolidayRule.EasterBased("Zielone Świątki (Zesłanie Ducha Świętego)", 49),
                new HolidayRule.EasterBased("Boże Ciało", 60),
                new HolidayRule.FixedDate("Wniebowzięcie Najświętszej Maryi Panny", MonthDay.of(8, 15)),
                new HolidayRule.FixedDate("Wszystkich Świętych", MonthDay.of(11, 1)),
                new HolidayRule.FixedDate("Narodowe Święto Niepodległości", MonthDay.of(11, 11)),
                new HolidayRule.FixedDate("Wigilia Bożego Narodzenia", MonthDay.of(12, 24), 2025, null),
                new HolidayRule.FixedDate("Boże Narodzenie (pierwszy dzień)", MonthDay.of(12, 25)),
                new HolidayRule.FixedDate("Boże Narodzenie (drugi dzień)", MonthDay.of(12, 26))),
                true);
    }
}
