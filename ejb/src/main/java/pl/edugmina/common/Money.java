package pl.edugmina.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Amounts in PLN with grosze: {@link BigDecimal} of scale 2, never a double. Reads what people type
 * ({@code 12 345,67}, {@code 12345.67}, {@code 12 345 zł}) and writes the Polish form {@code 12 345,67 zł}.
 */
public final class Money {

    /** The largest amount a numeric(14,2) column holds. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    /**
     * The amount typed, or empty when it is not an amount: more than two decimal places, letters, several
     * separators. Spaces (also non-breaking) group thousands; a comma or a dot separates grosze.
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace('\u00A0', ' ').replace('\u202F', ' ');
        if (s.endsWith("zł")) {
            s = s.substring(0, s.length() - 2).strip();
        }
        s = s.replace(" ", "");
        if (!s.matches("-?[0-9]{1,15}([.,][0-9]{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY));
    }

    /** {@code value} with scale 2, or empty when it has more than two decimal places (half a grosz is not money). */
    public static Optional<BigDecimal> exact(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.setScale(2, RoundingMode.UNNECESSARY));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** What was typed, when it is an amount of at least zero that fits the database ({@link #parse}). */
    public static Optional<BigDecimal> parseNonNegative(String text) {
        return parse(text).filter(v -> v.signum() >= 0 && v.compareTo(MAX) <= 0);
    }

    /** An amount already a number (JSON): empty when it has more than two decimal places, is negative or too large. */
    public static Optional<BigDecimal> nonNegative(BigDecimal value) {
        return exact(value).filter(v -> v.signum() >= 0 && v.compareTo(MAX) <= 0);
    }

    /** A positive amount that fits the database: {@code 0 < amount <= MAX}, two decimal places. */
    public static boolean isPositive(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.compareTo(MAX) <= 0 && amount.scale() <= 2;
    }

    /** {@code 12 345,67 zł}; null shows as an empty text. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pl"));
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat f = new DecimalFormat("#,##0.00", symbols);
        return f.format(amount.setScale(2, RoundingMode.HALF_UP)) + " zł";
    }
}
