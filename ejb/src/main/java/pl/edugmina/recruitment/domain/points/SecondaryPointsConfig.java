package pl.edugmina.recruitment.domain.points;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * How points for a secondary school are counted, all configuration (the regulation's numbers are in
 * {@link RecruitmentDefaults#secondary()}):
 * <ul>
 * <li>{@code examWeights}: per exam subject, points per percent of the result (e.g. Polish 0.35);</li>
 * <li>{@code gradePoints}: points for a final grade (6 → 18 …) in each of {@code gradedSubjects} subjects (which
 * subjects depends on the class);</li>
 * <li>{@code distinction}: a certificate with distinction; {@code achievementsCap}: the most that achievements in
 * competitions may add up to; {@code volunteering}: volunteer work;</li>
 * <li>{@code maximum}: the most one can get; a configuration whose parts add up to more is refused.</li>
 * </ul>
 */
public record SecondaryPointsConfig(Map<String, BigDecimal> examWeights, Map<Integer, BigDecimal> gradePoints, int gradedSubjects,
                                    BigDecimal distinction, BigDecimal achievementsCap, BigDecimal volunteering, BigDecimal maximum) {

    public SecondaryPointsConfig {
        examWeights = Map.copyOf(new TreeMap<>(examWeights));
        gradePoints = Map.copyOf(new TreeMap<>(gradePoints));
        if (examWeights.isEmpty() || gradePoints.isEmpty() || gradedSubjects < 0) {
            throw new IllegalArgumentException("exam weights and grade points are required");
        }
        BigDecimal best = examWeights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).multiply(BigDecimal.valueOf(100))
                .add(gradePoints.values().stream().max(BigDecimal::compareTo).orElseThrow().multiply(BigDecimal.valueOf(gradedSubjects)))
                .add(distinction).add(achievementsCap).add(volunteering);
        if (best.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("the parts add up to " + best + ", more than the maximum " + maximum);
        }
    }
}
