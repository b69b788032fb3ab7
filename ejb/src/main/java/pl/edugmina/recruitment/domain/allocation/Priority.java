package pl.edugmina.recruitment.domain.allocation;

/**
 * How a class ranks one candidate, before the draw. Compared field by field, the higher value first:
 * <ol>
 * <li>{@code tier}: admitted first, above any points: 0 for everyone, higher for those the law puts first
 * (olympiad laureates in secondary schools; class I children from the catchment area, admitted on declaration);</li>
 * <li>{@code points}: exact, in hundredths of a point (e.g. 152.45 points = 15245), see
 * {@link pl.edugmina.recruitment.domain.points.Points};</li>
 * <li>{@code secondTier}: the statutory second-tier criteria that break a tie on points (e.g. how many of them the
 * candidate meets; for kindergartens the stage-2 municipal points).</li>
 * </ol>
 * What remains equal is decided by the campaign's published draw ({@link Draw}).
 */
public record Priority(int tier, long points, long secondTier) {

    public Priority {
        if (tier < 0) {
            throw new IllegalArgumentException("tier must not be negative: " + tier);
        }
    }

    public static Priority ofPoints(long points) {
        return new Priority(0, points, 0);
    }
}
