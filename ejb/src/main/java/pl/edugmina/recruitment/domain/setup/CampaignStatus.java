package pl.edugmina.recruitment.domain.setup;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a campaign is (the column {@code recruitment_campaign.status}) and what may change in it:
 * <ul>
 * <li>PREPARATION: the department sets everything up; nothing is public yet;</li>
 * <li>APPLICATIONS: open (the offer is public, parents apply); from here the criteria, the classes, the catchment
 * areas, the seed and the timetable are fixed, except the seats of a class, which may change until the allocation;</li>
 * <li>VERIFICATION: the commissions verify; seats still may change;</li>
 * <li>ALLOCATED: a final allocation is published (set by the allocation itself); nothing changes;</li>
 * <li>CLOSED: over.</li>
 * </ul>
 * Moves: forward one step at a time; back from APPLICATIONS to PREPARATION only while nobody has applied.
 */
public enum CampaignStatus {
    PREPARATION, APPLICATIONS, VERIFICATION, ALLOCATED, CLOSED;

    private static final Map<CampaignStatus, Set<CampaignStatus>> MOVES = Map.of(
            PREPARATION, EnumSet.of(APPLICATIONS),
            APPLICATIONS, EnumSet.of(VERIFICATION, PREPARATION),
            VERIFICATION, EnumSet.of(ALLOCATED),
            ALLOCATED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CampaignStatus.class));

    public boolean canMoveTo(CampaignStatus next) {
        return next != null && MOVES.get(this).contains(next);
    }

    public Set<CampaignStatus> moves() {
        return MOVES.get(this);
    }

    /** Name, seed, preference limit, timetable, criteria, catchment areas, adding and removing classes. */
    public boolean setupEditable() {
        return this == PREPARATION;
    }

    /** The seats of a class: until the allocation (not when one is published). */
    public boolean seatsEditable(boolean allocationPublished) {
        return (this == PREPARATION || this == APPLICATIONS || this == VERIFICATION) && !allocationPublished;
    }

    /** Shown to the public (the offer): from the opening until the campaign is closed. */
    public boolean isPublic() {
        return this == APPLICATIONS || this == VERIFICATION || this == ALLOCATED;
    }

    public static CampaignStatus parse(String s) {
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
