package pl.edugmina.recruitment.domain.applications;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The PESEL number: 11 digits, the last a check digit (weights 1-3-7-9), the first six the birth date with the century
 * in the month (+80 for 1800s, +0 for 1900s, +20 for 2000s, +40 for 2100s, +60 for 2200s).
 */
public final class Pesel {

    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    private Pesel() {
    }

    /** Whether {@code s} is 11 digits with a right check digit and a real date. */
    public static boolean isValid(String s) {
        return birthDate(s).isPresent();
    }

    /** The birth date a valid PESEL encodes; empty for anything that is not a valid PESEL. */
    public static Optional<LocalDate> birthDate(String s) {
        if (s == null || s.length() != 11 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        if ((10 - sum % 10) % 10 != s.charAt(10) - '0') {
            return Optional.empty();
        }
        int yy = Integer.parseInt(s.substring(0, 2));
        int mm = Integer.parseInt(s.substring(2, 4));
        int dd = Integer.parseInt(s.substring(4, 6));
        int century = switch (mm / 20) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        try {
            return Optional.of(LocalDate.of(century + yy, mm % 20, dd));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A valid PESEL for the date with the serial {@code serial} (0–9999): demo data and tests. */
    public static String of(LocalDate birth, int serial) {
        int y = birth.getYear();
        int monthOffset = y >= 2200 ? 60 : y >= 2100 ? 40 : y >= 2000 ? 20 : y >= 1900 ? 0 : 80;
        String body = String.format("%02d%02d%02d%04d", y % 100, birth.getMonthValue() + monthOffset, birth.getDayOfMonth(), serial % 10_000);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + (10 - sum % 10) % 10;
    }
}
