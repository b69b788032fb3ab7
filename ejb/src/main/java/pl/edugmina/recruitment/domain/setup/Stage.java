package pl.edugmina.recruitment.domain.setup;

/** The stages of a campaign's timetable (harmonogram), in the order the law gives them. */
public enum Stage {
    /** parents submit applications */
    APPLICATIONS("składanie wniosków"),
    /** the units' commissions verify them */
    VERIFICATION("weryfikacja wniosków"),
    /** the lists of qualified and not qualified candidates are published */
    QUALIFIED_LIST("lista zakwalifikowanych"),
    /** parents confirm the will to attend (potwierdzenie woli) */
    CONFIRMATION("potwierdzenie woli"),
    /** the lists of admitted and not admitted candidates are published */
    ADMITTED_LIST("lista przyjętych"),
    /** the supplementary round for the free places */
    SUPPLEMENTARY("rekrutacja uzupełniająca"),
    /** requests for justification and appeals to the director */
    APPEALS("odwołania");

    private final String polishName;

    Stage(String polishName) {
        this.polishName = polishName;
    }

    /** As the timetable names it in Polish (messages, the audit log). */
    public String polishName() {
        return polishName;
    }

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
