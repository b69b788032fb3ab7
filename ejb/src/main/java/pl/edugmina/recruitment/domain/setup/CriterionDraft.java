package pl.edugmina.recruitment.domain.setup;

import pl.edugmina.common.FieldChecks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A criterion of a campaign as the department enters it: a stable code (applications store it), the group
 * (STATUTORY: the act's criteria; MUNICIPAL: the council's resolution), the label parents read, the points and the
 * document that proves it.
 */
public record CriterionDraft(String code, String group, String label, BigDecimal points, String proof) {

    public static final int MAX_CRITERIA = 100;
    public static final int MAX_LABEL = 300;
    public static final int MAX_PROOF = 500;
    /** The city's own criteria of a kindergarten campaign (stage 2), at most this many (Prawo oświatowe art. 131 ust. 4). */
    public static final int MAX_MUNICIPAL_KINDERGARTEN = 6;
    static final BigDecimal MAX_POINTS = new BigDecimal("99999.99");
    private static final Set<String> GROUPS = Set.of("STATUTORY", "MUNICIPAL");

    public CriterionDraft {
        code = code == null ? null : FieldChecks.stripToNull(code.toUpperCase(Locale.ROOT));
        group = group == null ? null : FieldChecks.stripToNull(group.toUpperCase(Locale.ROOT));
        label = FieldChecks.stripToNull(label);
        proof = FieldChecks.stripToNull(proof);
    }

    public static String field(int index, String name) {
        return "criteria[" + index + "]." + name;
    }

    /**
     * What is wrong with a campaign's whole list, each on {@code criteria[i].<field>} (or {@code criteria} for the list):
     * codes of capital letters, digits and _ (starting with a letter), each once; points 0–99 999,99 with at most two
     * decimals; for a kindergarten the statutory criteria of equal value and at most six of the city's own.
     */
    public static List<SetupProblem> problems(CampaignType type, List<CriterionDraft> criteria) {
        FieldChecks<SetupProblem> checks = new FieldChecks<>(SetupProblem::new);
        if (criteria.size() > MAX_CRITERIA) {
            checks.add("criteria", "recruitment.setup.criteria.tooMany", MAX_CRITERIA);
            return checks.list();
        }
        Set<String> codes = new HashSet<>();
        List<BigDecimal> statutoryPoints = new ArrayList<>();
        int municipal = 0;
        for (int i = 0; i < criteria.size(); i++) {
            CriterionDraft c = criteria.get(i);
            if (checks.required(field(i, "code"), c.code())) {
                if (!c.code().matches("[A-Z][A-Z0-9_]{0,39}")) {
                    checks.add(field(i, "code"), "recruitment.setup.criterion.codeFormat");
                } else if (!codes.add(c.code())) {
                    checks.add(field(i, "code"), "recruitment.setup.criterion.duplicate", c.code());
                }
            }
            if (checks.required(field(i, "group"), c.group()) && !GROUPS.contains(c.group())) {
                checks.add(field(i, "group"), "recruitment.setup.criterion.group");
            }
            checks.requiredText(field(i, "label"), c.label(), MAX_LABEL);
            if (checks.required(field(i, "points"), c.points())) {
                if (c.points().signum() < 0 || c.points().compareTo(MAX_POINTS) > 0 || c.points().stripTrailingZeros().scale() > 2) {
                    checks.add(field(i, "points"), "recruitment.setup.criterion.points");
                } else if ("STATUTORY".equals(c.group())) {
                    statutoryPoints.add(c.points());
                }
            }
            checks.optionalText(field(i, "proof"), c.proof(), MAX_PROOF);
            if ("MUNICIPAL".equals(c.group())) {
                municipal++;
            }
        }
        if (type == CampaignType.KINDERGARTEN) {
            if (statutoryPoints.stream().map(BigDecimal::stripTrailingZeros).distinct().count() > 1) {
                checks.add("criteria", "recruitment.setup.criteria.statutoryEqual");
            }
            if (municipal > MAX_MUNICIPAL_KINDERGARTEN) {
                checks.add("criteria", "recruitment.setup.criteria.municipalLimit", MAX_MUNICIPAL_KINDERGARTEN);
            }
        }
        return checks.list();
    }
}
