package pl.edugmina.recruitment.domain.points;

import pl.edugmina.recruitment.domain.allocation.Priority;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Counts a candidate's points for one class of a secondary school. */
public final class SecondaryPoints {

    /**
     * What the candidate brings: exam results in percent per subject (0–100), the final grades of the subjects the
     * class counts, the certificate with distinction, the points of each achievement (from the regulation's table),
     * volunteer work.
     */
    public record Results(Map<String, Integer> examPercent, List<Integer> grades, boolean distinction,
                          List<BigDecimal> achievements, boolean volunteering) {
        public Results {
            examPercent = Map.copyOf(examPercent);
            grades = List.copyOf(grades);
            achievements = List.copyOf(achievements);
        }
    }

    /** The points by part, and the total. */
    public record Score(BigDecimal exam, BigDecimal grades, BigDecimal distinction, BigDecimal achievements,
                        BigDecimal volunteering, BigDecimal total) {

        /**
         * @param tier       above 0 for those admitted first (olympiad laureates), see {@link RecruitmentDefaults#precedence()}
         * @param secondTier the statutory second-tier value ({@link SecondTierCriteria#value})
         */
        public Priority priority(int tier, long secondTier) {
            return new Priority(tier, Points.hundredths(total), secondTier);
        }
    }

    private final SecondaryPointsConfig config;

    public SecondaryPoints(SecondaryPointsConfig config) {
        this.config = config;
    }

    public Score score(Results r) {
        if (!r.examPercent().keySet().equals(config.examWeights().keySet())) {
            throw new IllegalArgumentException("exam results are for " + r.examPercent().keySet() + ", expected " + config.examWeights().keySet());
        }
        BigDecimal exam = BigDecimal.ZERO;
        for (Map.Entry<String, Integer> e : r.examPercent().entrySet()) {
            int percent = e.getValue();
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException(e.getKey() + ": a result is 0–100%, not " + percent);
            }
            exam = exam.add(config.examWeights().get(e.getKey()).multiply(BigDecimal.valueOf(percent)));
        }
        if (r.grades().size() != config.gradedSubjects()) {
            throw new IllegalArgumentException(config.gradedSubjects() + " grades are counted, not " + r.grades().size());
        }
        BigDecimal grades = BigDecimal.ZERO;
        for (int g : r.grades()) {
            BigDecimal p = config.gradePoints().get(g);
            if (p == null) {
                throw new IllegalArgumentException("no points for grade " + g);
            }
            grades = grades.add(p);
        }
        BigDecimal distinction = r.distinction() ? config.distinction() : BigDecimal.ZERO;
        BigDecimal achievements = r.achievements().stream().reduce(BigDecimal.ZERO, BigDecimal::add).min(config.achievementsCap());
        BigDecimal volunteering = r.volunteering() ? config.volunteering() : BigDecimal.ZERO;
        BigDecimal total = exam.add(grades).add(distinction).add(achievements).add(volunteering);
        Points.hundredths(total);
        return new Score(exam, grades, distinction, achievements, volunteering, total);
    }
}
