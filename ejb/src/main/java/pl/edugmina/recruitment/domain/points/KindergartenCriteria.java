package pl.edugmina.recruitment.domain.points;

import java.math.BigDecimal;

/**
 * The criteria of a kindergarten recruitment (Prawo oświatowe art. 131), all configuration:
 * <ul>
 * <li>stage 1: the statutory criteria, of equal value ({@code statutory}; each criterion's points must be the same);</li>
 * <li>stage 2: the city's own criteria with their points (at most {@code maxMunicipal}, 6 at the time of writing),
 * counted when stage 1 leaves candidates equal.</li>
 * </ul>
 */
public record KindergartenCriteria(CriteriaSet statutory, CriteriaSet municipal, int maxMunicipal) {

    public KindergartenCriteria {
        if (statutory.criteria().stream().map(Criterion::points).distinct().count() > 1) {
            throw new IllegalArgumentException("the statutory criteria have equal value");
        }
        if (municipal.size() > maxMunicipal) {
            throw new IllegalArgumentException("at most " + maxMunicipal + " municipal criteria");
        }
        for (Criterion c : municipal.criteria()) {
            if (statutory.has(c.code())) {
                throw new IllegalArgumentException("criterion " + c.code() + " is both statutory and municipal");
            }
        }
    }

    public BigDecimal statutoryValue() {
        return statutory.criteria().isEmpty() ? BigDecimal.ZERO : statutory.criteria().get(0).points();
    }
}
