package pl.edugmina.recruitment.domain.setup;

import pl.edugmina.common.FieldChecks;

import java.util.List;

/**
 * A campaign's own data as the department enters it: kind, school year (RRRR/RRRR, consecutive years), name, the
 * longest list of preferences a candidate may give (1–20; Lublin 7, many cities 3) and the seed of the published draw
 * that breaks the last ties (any text of up to 200 characters, fixed before the campaign opens).
 */
public record CampaignDraft(String type, String schoolYear, String name, Integer maxPreferences, String seed) {

    public static final int MAX_NAME = 300;
    public static final int MAX_SEED = 200;
    public static final int MAX_PREFERENCES = 20;

    public CampaignDraft {
        type = FieldChecks.stripToNull(type);
        schoolYear = FieldChecks.stripToNull(schoolYear);
        name = FieldChecks.stripToNull(name);
        seed = FieldChecks.stripToNull(seed);
    }

    public List<SetupProblem> problems() {
        FieldChecks<SetupProblem> checks = new FieldChecks<>(SetupProblem::new);
        if (checks.required("type", type) && CampaignType.parse(type) == null) {
            checks.add("type", "recruitment.campaign.type");
        }
        if (checks.required("schoolYear", schoolYear) && !validSchoolYear(schoolYear)) {
            checks.add("schoolYear", "recruitment.campaign.schoolYear");
        }
        checks.requiredText("name", name, MAX_NAME);
        if (checks.required("maxPreferences", maxPreferences) && (maxPreferences < 1 || maxPreferences > MAX_PREFERENCES)) {
            checks.add("maxPreferences", "recruitment.setup.maxPreferences.range", MAX_PREFERENCES);
        }
        checks.requiredText("seed", seed, MAX_SEED);
        return checks.list();
    }

    /** "2026/2027": two consecutive years within the years the registers accept. */
    public static boolean validSchoolYear(String s) {
        if (s == null || !s.matches("[0-9]{4}/[0-9]{4}")) {
            return false;
        }
        int first = Integer.parseInt(s.substring(0, 4));
        return Integer.parseInt(s.substring(5)) == first + 1 && first >= FieldChecks.MIN_YEAR && first < FieldChecks.MAX_YEAR;
    }

    /** The school year before "2026/2027": "2025/2026". */
    public static String previousSchoolYear(String s) {
        int first = Integer.parseInt(s.substring(0, 4));
        return (first - 1) + "/" + first;
    }
}
