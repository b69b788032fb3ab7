package pl.edugmina.recruitment.domain.applications;

import pl.edugmina.recruitment.domain.allocation.Priority;
import pl.edugmina.recruitment.domain.catchment.Address;
import pl.edugmina.recruitment.domain.catchment.CatchmentMap;
import pl.edugmina.recruitment.domain.points.ClassOnePoints;
import pl.edugmina.recruitment.domain.points.CriteriaSet;
import pl.edugmina.recruitment.domain.points.Criterion;
import pl.edugmina.recruitment.domain.points.Points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How each class on an application's list ranks the candidate, from the criteria the commission accepted (a criterion
 * only declared, or rejected, counts for nothing) and, for class I, the home address:
 * <ul>
 * <li>kindergarten and dormitory: points = the statutory criteria (stage 1), second tier = the council's (stage 2);</li>
 * <li>class I: a child living in the school's catchment area is in the catchment tier (admitted on declaration, above
 * any points) for that school's classes only; everyone is ranked by the council's criteria's points;</li>
 * <li>secondary: points from the exams and grades ({@link pl.edugmina.recruitment.domain.points.SecondaryPoints}) are
 * not part of this form; the statutory criteria are the second tier.</li>
 * </ul>
 */
public final class ApplicationScoring {

    public enum Kind { KINDERGARTEN, CLASS_ONE, SECONDARY, DORMITORY }

    /** A criterion of the campaign: its group is STATUTORY or MUNICIPAL. */
    public record CampaignCriterion(String code, String group, String label, BigDecimal points) {
    }

    /** Points per criterion group, as the parent sees them. */
    public record Score(BigDecimal statutory, BigDecimal municipal) {
    }

    private final Kind kind;
    private final CriteriaSet statutory;
    private final CriteriaSet municipal;
    private final CatchmentMap catchment;
    private final int catchmentTier;

    public ApplicationScoring(Kind kind, List<CampaignCriterion> criteria, CatchmentMap catchment, int catchmentTier) {
        this.kind = kind;
        this.statutory = set(criteria, "STATUTORY");
        this.municipal = set(criteria, "MUNICIPAL");
        this.catchment = catchment;
        this.catchmentTier = catchmentTier;
    }

    private static CriteriaSet set(List<CampaignCriterion> criteria, String group) {
        return new CriteriaSet(criteria.stream().filter(c -> group.equals(c.group()))
                .map(c -> new Criterion(c.code(), c.label(), c.points())).toList());
    }

    public Score score(Set<String> accepted) {
        return new Score(statutory.sum(only(statutory, accepted)), municipal.sum(only(municipal, accepted)));
    }

    /** The priority at each class of the list ({@code unitIds}: the unit of each preference, in order). */
    public List<Priority> priorities(Set<String> accepted, Address home, List<Long> unitIds) {
        Set<String> st = only(statutory, accepted);
        Set<String> mu = only(municipal, accepted);
        List<Priority> out = new ArrayList<>(unitIds.size());
        for (Long unit : unitIds) {
            out.add(switch (kind) {
                case KINDERGARTEN, DORMITORY -> new Priority(0, Points.hundredths(statutory.sum(st)), Points.hundredths(municipal.sum(mu)));
                case CLASS_ONE -> new ClassOnePoints(municipal, catchmentTier)
                        .priority(home != null && catchment != null && catchment.inCatchment(home, Long.toString(unit)), mu);
                case SECONDARY -> new Priority(0, 0, st.size());
            });
        }
        return out;
    }

    /** Whether the address lies in the catchment area of {@code unitId} (class I only). */
    public boolean inCatchment(Address home, long unitId) {
        return kind == Kind.CLASS_ONE && home != null && catchment != null && catchment.inCatchment(home, Long.toString(unitId));
    }

    private static Set<String> only(CriteriaSet set, Set<String> codes) {
        return codes.stream().filter(set::has).collect(Collectors.toSet());
    }
}
