package pl.edugmina.recruitment.domain.setup;

import pl.edugmina.common.FieldChecks;

import java.util.List;

/**
 * A class (oddział), group or profile a unit offers in a campaign: its name (unique in the unit's offer), profile,
 * foreign languages, extended subjects (both as the school writes them, e.g. "angielski, niemiecki") and seats (0–1000;
 * 0 keeps the class listed without places).
 */
public record ClassDraft(Long unitId, String name, String profile, String languages, String extendedSubjects, Integer seats) {

    public static final int MAX_NAME = 100;
    public static final int MAX_PROFILE = 200;
    public static final int MAX_LIST = 300;
    public static final int MAX_SEATS = 1000;

    public ClassDraft {
        name = FieldChecks.stripToNull(name);
        profile = FieldChecks.stripToNull(profile);
        languages = FieldChecks.stripToNull(languages);
        extendedSubjects = FieldChecks.stripToNull(extendedSubjects);
    }

    public List<SetupProblem> problems() {
        FieldChecks<SetupProblem> checks = new FieldChecks<>(SetupProblem::new);
        checks.required("unitId", unitId);
        checks.requiredText("name", name, MAX_NAME);
        checks.optionalText("profile", profile, MAX_PROFILE);
        checks.optionalText("languages", languages, MAX_LIST);
        checks.optionalText("extendedSubjects", extendedSubjects, MAX_LIST);
        seatsProblems(checks, seats);
        return checks.list();
    }

    static void seatsProblems(FieldChecks<SetupProblem> checks, Integer seats) {
        if (checks.required("seats", seats) && (seats < 0 || seats > MAX_SEATS)) {
            checks.add("seats", "recruitment.setup.class.seats", MAX_SEATS);
        }
    }

    /** Problems of a change of seats alone (the only change once applications are open). */
    public static List<SetupProblem> seatsProblems(Integer seats) {
        FieldChecks<SetupProblem> checks = new FieldChecks<>(SetupProblem::new);
        seatsProblems(checks, seats);
        return checks.list();
    }
}
