package pl.edugmina.recruitment.domain.secondary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subjects a secondary-school recruitment speaks of: the three of the eighth-grade exam, and a fixed list of common
 * compulsory subjects whose final grades a class may count (always Polish and maths, and two the school chooses per
 * class). Codes are stable (stored with the class and the application); names are Polish, as on the certificate.
 */
public final class SecondarySubjects {

    public static final String POLISH = "JEZYK_POLSKI";
    public static final String MATHS = "MATEMATYKA";
    public static final String LANGUAGE = "JEZYK_OBCY";

    /** The exam's subjects, in the order of the form. */
    public static final List<String> EXAM = List.of(POLISH, MATHS, LANGUAGE);

    /** The grades every class counts. */
    public static final List<String> ALWAYS_GRADED = List.of(POLISH, MATHS);

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(POLISH, "język polski");
        NAMES.put(MATHS, "matematyka");
        NAMES.put(LANGUAGE, "język obcy nowożytny");
        NAMES.put("BIOLOGIA", "biologia");
        NAMES.put("CHEMIA", "chemia");
        NAMES.put("FIZYKA", "fizyka");
        NAMES.put("GEOGRAFIA", "geografia");
        NAMES.put("HISTORIA", "historia");
        NAMES.put("INFORMATYKA", "informatyka");
        NAMES.put("WOS", "wiedza o społeczeństwie");
    }

    private SecondarySubjects() {
    }

    /** Every subject whose grade the form asks for, code → Polish name, in the form's order. */
    public static Map<String, String> graded() {
        return java.util.Collections.unmodifiableMap(NAMES);
    }

    /** The subjects a class may choose as its two (everything but Polish and maths). */
    public static List<String> choosable() {
        return NAMES.keySet().stream().filter(s -> !ALWAYS_GRADED.contains(s)).toList();
    }

    public static boolean known(String code) {
        return code != null && NAMES.containsKey(code);
    }

    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }
}
