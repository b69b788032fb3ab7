package pl.edugmina.recruitment.domain.allocation;

import java.math.BigDecimal;

/**
 * A candidate's full place in a class's order: the {@link Priority} plus the draw. Two keys are never equal for two
 * different candidates. {@link #compareTo} is negative when {@code this} comes first (is admitted before the other).
 */
public record PriorityKey(int tier, long points, long secondTier, long draw, long candidateId) implements Comparable<PriorityKey> {

    /** Which field of the key decided between two candidates. */
    public enum Decider { TIER, POINTS, SECOND_TIER, DRAW }

    @Override
    public int compareTo(PriorityKey o) {
        if (tier != o.tier) {
            return tier > o.tier ? -1 : 1;
        }
        if (points != o.points) {
            return points > o.points ? -1 : 1;
        }
        if (secondTier != o.secondTier) {
            return secondTier > o.secondTier ? -1 : 1;
        }
        return Draw.compare(draw, candidateId, o.draw, o.candidateId);
    }

    public boolean before(PriorityKey other) {
        return compareTo(other) < 0;
    }

    /** The first field in which the two keys differ (the draw for equal priorities). */
    public Decider decider(PriorityKey other) {
        if (tier != other.tier) {
            return Decider.TIER;
        }
        if (points != other.points) {
            return Decider.POINTS;
        }
        return secondTier != other.secondTier ? Decider.SECOND_TIER : Decider.DRAW;
    }

    public Priority priority() {
        return new Priority(tier, points, secondTier);
    }

    /** Points as a decimal number (hundredths → e.g. 152.45). */
    public BigDecimal pointsDecimal() {
        return BigDecimal.valueOf(points, 2);
    }

    public String drawHex() {
        return Draw.hex(draw);
    }
}
