package pl.edugmina.recruitment.domain.points;

import pl.edugmina.recruitment.domain.allocation.Priority;

import java.util.Set;

/**
 * Class I of a primary school: a child from the school's catchment area is admitted on declaration (the
 * {@code catchmentTier}, above any points); others are ranked by the city's criteria with points.
 */
public final class ClassOnePoints {

    private final CriteriaSet municipal;
    private final int catchmentTier;

    public ClassOnePoints(CriteriaSet municipal, int catchmentTier) {
        if (catchmentTier < 1) {
            throw new IllegalArgumentException("catchment children are placed in a tier above 0");
        }
        this.municipal = municipal;
        this.catchmentTier = catchmentTier;
    }

    /** @param inCatchment from {@link pl.edugmina.recruitment.domain.catchment.CatchmentMap#inCatchment} */
    public Priority priority(boolean inCatchment, Set<String> municipalMet) {
        return new Priority(inCatchment ? catchmentTier : 0, Points.hundredths(municipal.sum(municipalMet)), 0);
    }
}
