package pl.edugmina.recruitment.domain.applications;

import pl.edugmina.common.FieldProblem;
import pl.edugmina.recruitment.domain.allocation.Priority;
import pl.edugmina.recruitment.domain.catchment.Address;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules of the first-choice unit's recruitment commission: what it decides on each declared criterion, when an
 * application may be verified, and the priorities its list then carries into the allocation.
 * <ul>
 * <li>Every criterion the parent declared is ACCEPTED or REJECTED; a rejection needs a reason (the parent reads it, and
 * it is what an appeal argues with).</li>
 * <li>An application submitted on paper is verified only once the signed paper was brought to the unit, after that
 * submission (one corrected and submitted again must be brought again).</li>
 * <li>Verification needs every declared criterion decided; then each preference gets its tier, points and second tier
 * from the accepted criteria only ({@link ApplicationScoring}).</li>
 * </ul>
 */
public final class CommissionReview {

    public static final int MAX_REASON = 2_000;
    private static final Pattern POSTAL = Pattern.compile("^[0-9]{2}-[0-9]{3}$");

    public enum Verdict { ACCEPTED, REJECTED }

    /** Why an application cannot be verified now. */
    public enum Blocker {
        /** Not waiting for verification (a draft, already verified, returned, withdrawn). */
        NOT_SUBMITTED,
        /** Submitted on paper and the signed paper has not been brought since. */
        PAPER_NOT_BROUGHT,
        /** A declared criterion is neither accepted nor rejected. */
        CRITERIA_UNDECIDED
    }

    /** A wrong field of a commission's decision. */
    public record Problem(String field, String messageKey, List<Object> arguments) implements FieldProblem {
        Problem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    /** One class of the application's list: its rank, the class and the class's unit. */
    public record Listed(int rank, long classId, long unitId) {
    }

    /** A preference as the allocation reads it ({@code recruitment_preference}). */
    public record Scored(int rank, long classId, long unitId, Priority priority, boolean inCatchment) {
    }

    private CommissionReview() {
    }

    /** Whether the signed paper was brought after the (last) submission; always true for an electronic application. */
    public static boolean paperBrought(String channel, Instant submittedAt, Instant paperReceivedAt) {
        if (!"PAPER".equals(channel)) {
            return true;
        }
        return paperReceivedAt != null && submittedAt != null && !paperReceivedAt.isBefore(submittedAt);
    }

    /** What stops the verification of an application (none: it may be verified). {@code verdicts}: one per declared criterion, null when undecided. */
    public static List<Blocker> blockers(String status, String channel, Instant submittedAt, Instant paperReceivedAt,
                                         Collection<Verdict> verdicts) {
        List<Blocker> out = new ArrayList<>();
        if (!"SUBMITTED".equals(status)) {
            out.add(Blocker.NOT_SUBMITTED);
            return out;
        }
        if (!paperBrought(channel, submittedAt, paperReceivedAt)) {
            out.add(Blocker.PAPER_NOT_BROUGHT);
        }
        if (verdicts.stream().anyMatch(v -> v == null)) {
            out.add(Blocker.CRITERIA_UNDECIDED);
        }
        return out;
    }

    /** What is wrong with a decision on one criterion: a verdict is required, a rejection needs a reason. */
    public static List<Problem> decisionProblems(Verdict verdict, String reason) {
        List<Problem> out = new ArrayList<>();
        String r = strip(reason);
        if (verdict == null) {
            out.add(new Problem("verdict", "recruitment.commission.verdictRequired"));
        } else if (verdict == Verdict.REJECTED && r == null) {
            out.add(new Problem("reason", "recruitment.commission.reasonRequired"));
        }
        if (r != null && r.length() > MAX_REASON) {
            out.add(new Problem("reason", "validation.tooLong", MAX_REASON));
        }
        return out;
    }

    /** What is wrong with returning an application for corrections: the parent must be told why. */
    public static List<Problem> returnProblems(String reason) {
        String r = strip(reason);
        if (r == null) {
            return List.of(new Problem("reason", "recruitment.commission.returnReasonRequired"));
        }
        return r.length() > MAX_REASON ? List.of(new Problem("reason", "validation.tooLong", MAX_REASON)) : List.of();
    }

    /** The home address after a correction by the commission: the street, number and locality stay required. */
    public static List<Problem> addressProblems(String locality, String street, String houseNumber, String flat, String postalCode) {
        List<Problem> out = new ArrayList<>();
        required(out, "locality", locality, 100);
        required(out, "street", street, 200);
        required(out, "houseNumber", houseNumber, 20);
        if (strip(flat) != null && strip(flat).length() > 20) {
            out.add(new Problem("flat", "validation.tooLong", 20));
        }
        String postal = strip(postalCode);
        if (postal == null) {
            out.add(new Problem("postalCode", "validation.required"));
        } else if (!POSTAL.matcher(postal).matches()) {
            out.add(new Problem("postalCode", "recruitment.apply.invalid.postalCode"));
        }
        return out;
    }

    private static void required(List<Problem> out, String field, String value, int max) {
        String v = strip(value);
        if (v == null) {
            out.add(new Problem(field, "validation.required"));
        } else if (v.length() > max) {
            out.add(new Problem(field, "validation.tooLong", max));
        }
    }

    /** The codes of the accepted criteria (undecided and rejected ones count for nothing). */
    public static Set<String> accepted(Map<String, Verdict> verdicts) {
        Set<String> out = new TreeSet<>();
        verdicts.forEach((code, v) -> {
            if (v == Verdict.ACCEPTED) {
                out.add(code);
            }
        });
        return out;
    }

    /** The list with each class's priority, from the accepted criteria and the home address. */
    public static List<Scored> score(ApplicationScoring scoring, Set<String> accepted, Address home, List<Listed> list) {
        List<Priority> priorities = scoring.priorities(accepted, home, list.stream().map(Listed::unitId).toList());
        List<Scored> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Listed l = list.get(i);
            out.add(new Scored(l.rank(), l.classId(), l.unitId(), priorities.get(i), scoring.inCatchment(home, l.unitId())));
        }
        return out;
    }

    static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
