package pl.edugmina.recruitment.domain.catchment;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A house number as written in addresses: a number, an optional letter ("12a", "12 A"), an optional flat after a
 * slash ("12/3", "12A/3"), which does not matter for the catchment area and is dropped. Ordered 12 &lt; 12a &lt; 12b &lt; 13.
 */
public record HouseNumber(int number, String letter) implements Comparable<HouseNumber> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,6})\\s*([a-zA-Z]?)\\s*(?:/\\s*\\w+)?");

    public HouseNumber {
        if (number < 1) {
            throw new IllegalArgumentException("a house number starts at 1: " + number);
        }
        letter = letter == null ? "" : letter.toLowerCase(Locale.ROOT);
    }

    public static HouseNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a house number: " + text);
        }
        return new HouseNumber(Integer.parseInt(m.group(1)), m.group(2));
    }

    public boolean odd() {
        return number % 2 == 1;
    }

    @Override
    public int compareTo(HouseNumber o) {
        int c = Integer.compare(number, o.number);
        return c != 0 ? c : letter.compareTo(o.letter);
    }

    @Override
    public String toString() {
        return number + letter;
    }
}
