package pl.edugmina.recruitment.domain.points;

import pl.edugmina.recruitment.domain.allocation.Priority;

import java.math.BigDecimal;
import java.util.Set;

/** Scores a kindergarten application: stage 1 from the statutory criteria, stage 2 from the city's. */
public final class KindergartenPoints {

    /** Both stages' points; the allocation ranks by stage 1, then stage 2 (as the second tier), then the draw. */
    public record Score(BigDecimal stage1, BigDecimal stage2) {
        public Priority priority() {
            return new Priority(0, Points.hundredths(stage1), Points.hundredths(stage2));
        }
    }

    private final KindergartenCriteria criteria;

    public KindergartenPoints(KindergartenCriteria criteria) {
        this.criteria = criteria;
    }

    public Score score(Set<String> statutoryMet, Set<String> municipalMet) {
        return new Score(criteria.statutory().sum(statutoryMet), criteria.municipal().sum(municipalMet));
    }
}
