package pl.edugmina.simulator.pz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** PESEL checks: 11 digits, a date of birth that exists (century in the month) and the check digit. */
public final class Pesel {

    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    private Pesel() {
    }

    /** Why {@code pesel} is not a PESEL (Polish, for the user), or empty if it is one. Never echoes the number. */
    public static Optional<String> problem(String pesel) {
        if (pesel == null || !pesel.matches("[0-9]{11}")) {
            return Optional.of("PESEL musi składać się z 11 cyfr");
        }
        if (birthDate(pesel).isEmpty()) {
            return Optional.of("PESEL zawiera nieistniejącą datę urodzenia");
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += WEIGHTS[i] * (pesel.charAt(i) - '0');
        }
        if ((10 - sum % 10) % 10 != pesel.charAt(10) - '0') {
            return Optional.of("PESEL ma niepoprawną cyfrę kontrolną");
        }
        return Optional.empty();
    }

    public static boolean valid(String pesel) {
        return problem(pesel).isEmpty();
    }

    static Optional<LocalDate> birthDate(String pesel) {
        int yy = Integer.parseInt(pesel.substring(0, 2));
        int mm = Integer.parseInt(pesel.substring(2, 4));
        int dd = Integer.parseInt(pesel.substring(4, 6));
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
}
