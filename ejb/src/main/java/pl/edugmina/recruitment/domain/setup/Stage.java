package pl.edugmina.recruitment.domain.setup;

/** The stages of a campaign's timetable (harmonogram), in the order the law gives them. */
public enum Stage {
    /** parents submit applications */
    APPLICATIONS,
    /** the units' commissions verify them */
    VERIFICATION,
    /** the lists of qualified and not qualified candidates are published */
    QUALIFIED_LIST,
    /** parents confirm the will to attend (potwierdzenie woli) */
    CONFIRMATION,
    /** the lists of admitted and not admitted candidates are published */
    ADMITTED_LIST,
    /** the supplementary round for the free places */
    SUPPLEMENTARY,
    /** requests for justification and appeals to the director */
    APPEALS;

    public static Stage parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
