package pl.edugmina.applications.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * Amounts in złoty with grosze: {@link BigDecimal} of scale 2, never floating point. Accepts what people type
 * ("12 500,50", "12500.5", "12 500 zł") and writes the Polish form ("12 500,50 zł").
 */
public final class Money {

    /** Largest amount anywhere in the applications (a call's budget included): 999 999 999 999,99 zł. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    /** The amount with two decimal places, or empty when the text is not an amount in grosze (at most 2 decimals, ≥ 0). */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace("zł", "").replace("PLN", "").replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (!s.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s).setScale(2, RoundingMode.UNNECESSARY));
    }

    /** An amount already a number (JSON): refused when it has more than 2 decimals or is negative. */
    public static Optional<BigDecimal> of(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(MAX) > 0) {
            return Optional.empty();
        }
        return Optional.of(value.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** "12 500,50 zł" (spaces between thousands). */
    public static String polish(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pl"));
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        DecimalFormat f = new DecimalFormat("#,##0.00", symbols);
        return f.format(amount) + " zł";
    }
}
