package pl.edugmina.recruitment.domain.catchment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Street names compared the way a clerk reads them: case ignored (Polish locale), Polish letters kept ("Łąkowa" is
 * not "Lakowa"), spaces collapsed, a space after each dot, and a leading street-kind word ignored: "ul.", "ulica",
 * "al.", "aleja" (so "ul. Lipowa", "UL.LIPOWA" and "Lipowa" are the same street). "Aleje" stays: it is part of names
 * such as "Aleje Racławickie".
 */
public final class StreetNames {

    private static final Locale PL = Locale.forLanguageTag("pl-PL");
    private static final Pattern DOTS = Pattern.compile("\\.\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> PREFIXES = Set.of("ul.", "ul", "ulica", "al.", "al", "aleja");

    private StreetNames() {
    }

    public static String normalise(String street) {
        if (street == null) {
            return "";
        }
        String s = Normalizer.normalize(street, Normalizer.Form.NFC).toLowerCase(PL);
        s = DOTS.matcher(s).replaceAll(". ");
        s = SPACES.matcher(s.replace('\u00a0', ' ')).replaceAll(" ").trim();
        int space = s.indexOf(' ');
        if (space > 0 && PREFIXES.contains(s.substring(0, space))) {
            s = s.substring(space + 1);
        }
        return s;
    }
}
