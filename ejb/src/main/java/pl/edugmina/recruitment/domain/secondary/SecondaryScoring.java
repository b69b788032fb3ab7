package pl.edugmina.recruitment.domain.secondary;

import pl.edugmina.recruitment.domain.allocation.Priority;
import pl.edugmina.recruitment.domain.points.Points;
import pl.edugmina.recruitment.domain.points.SecondaryPoints;
import pl.edugmina.recruitment.domain.points.SecondaryPointsConfig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A secondary-school candidate's priority at each class of the list, from the verified results
 * ({@link SecondaryResults}) and the campaign's configuration: the points of {@link SecondaryPoints} with the grades of
 * Polish, maths and the class's own two subjects (a grade not given, or one the table does not name such as 1, brings no points); achievements as the number per level × the level's points (capped by the configuration);
 * laureates of olympiads in the configured tier (above any points). The second tier (statutory criteria) is the caller's.
 */
public final class SecondaryScoring {

    /** The campaign's configuration: the points, the points of each achievement level, and the laureates' tier. */
    public record Config(SecondaryPointsConfig points, Map<String, BigDecimal> achievementPoints, int laureateTier) {
        public Config {
            achievementPoints = Map.copyOf(achievementPoints);
            if (laureateTier < 0) {
                throw new IllegalArgumentException("the laureates' tier must not be negative");
            }
        }
    }

    /** The class's two subjects besides Polish and maths. */
    public record ClassSubjects(long classId, List<String> subjects) {
        public ClassSubjects {
            subjects = List.copyOf(subjects);
        }
    }

    private final Config config;
    private final SecondaryPoints points;

    public SecondaryScoring(Config config) {
        this.config = config;
        SecondaryPointsConfig c = config.points();
        Map<Integer, BigDecimal> grades = new java.util.TreeMap<>(c.gradePoints());
        for (int g = 1; g <= 6; g++) {
            grades.putIfAbsent(g, BigDecimal.ZERO); // a grade the table does not name (1, niedostateczny) brings no points
        }
        this.points = new SecondaryPoints(new SecondaryPointsConfig(c.examWeights(), grades, c.gradedSubjects(), c.distinction(),
                c.achievementsCap(), c.volunteering(), c.maximum()));
    }

    /** The points at a class (its counted subjects), by part. */
    public SecondaryPoints.Score score(SecondaryResults r, List<String> classSubjects) {
        List<String> counted = counted(classSubjects);
        if (counted.size() != config.points().gradedSubjects()) {
            throw new IllegalArgumentException("the class counts " + counted + ", the campaign " + config.points().gradedSubjects() + " grades");
        }
        List<Integer> grades = new ArrayList<>();
        for (String s : counted) {
            Integer g = r.grades().get(s);
            grades.add(g == null ? 1 : g);
        }
        List<BigDecimal> achievements = new ArrayList<>();
        r.achievements().forEach((level, count) -> {
            BigDecimal each = config.achievementPoints().get(level);
            if (each == null) {
                throw new IllegalArgumentException("unknown achievement level " + level);
            }
            for (int i = 0; i < count; i++) {
                achievements.add(each);
            }
        });
        return points.score(new SecondaryPoints.Results(r.exam(), grades, r.distinction(), achievements, r.volunteering()));
    }

    /** The priority at one class; {@code secondTier}: the statutory tie-break value. */
    public Priority priority(SecondaryResults r, List<String> classSubjects, long secondTier) {
        SecondaryPoints.Score s = score(r, classSubjects);
        return new Priority(r.laureate() ? config.laureateTier() : 0, Points.hundredths(s.total()), secondTier);
    }

    /** Polish, maths, then the class's subjects, in that order. */
    public static List<String> counted(List<String> classSubjects) {
        List<String> out = new ArrayList<>(SecondarySubjects.ALWAYS_GRADED);
        out.addAll(classSubjects);
        return out;
    }
}
