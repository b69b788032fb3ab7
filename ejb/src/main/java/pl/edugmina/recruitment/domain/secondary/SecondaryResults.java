package pl.edugmina.recruitment.domain.secondary;

import pl.edugmina.recruitment.domain.setup.SetupProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a secondary-school candidate declares (and the commission verifies): the exam results in percent per subject
 * ({@link SecondarySubjects#EXAM}), the final grades per subject (1–6), the certificate with distinction, how many
 * achievements of each level of the regulation's table (level codes are the campaign's configuration), volunteer
 * work and being a laureate of an olympiad (admitted first). A draft may miss parts; {@link #problems(boolean, java.util.Set)}
 * with {@code complete} says what a submission lacks.
 */
public record SecondaryResults(Map<String, Integer> exam, Map<String, Integer> grades, boolean distinction,
                               Map<String, Integer> achievements, boolean volunteering, boolean laureate) {

    public static final int MAX_ACHIEVEMENTS_PER_LEVEL = 20;

    public SecondaryResults {
        exam = copy(exam);
        grades = copy(grades);
        achievements = copy(achievements);
    }

    private static Map<String, Integer> copy(Map<String, Integer> m) {
        Map<String, Integer> out = new TreeMap<>();
        if (m != null) {
            m.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(k, v);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * What is wrong, each problem named by its field ({@code exam.JEZYK_POLSKI}, {@code grades.BIOLOGIA},
     * {@code achievements.LEVEL}); {@code complete}: every exam result and the grades of Polish and maths are required;
     * {@code levels}: the campaign's achievement levels.
     */
    private static SetupProblem p(String field, String key, Object... arguments) {
        return new SetupProblem(field, key, List.of(arguments));
    }

    public List<SetupProblem> problems(boolean complete, java.util.Set<String> levels) {
        List<SetupProblem> out = new ArrayList<>();
        for (String subject : exam.keySet()) {
            if (!SecondarySubjects.EXAM.contains(subject)) {
                out.add(p("exam." + subject, "recruitment.secondary.apply.unknownSubject"));
            }
        }
        for (String subject : SecondarySubjects.EXAM) {
            Integer p = exam.get(subject);
            if (p == null) {
                if (complete) {
                    out.add(p("exam." + subject, "recruitment.secondary.apply.examRequired"));
                }
            } else if (p < 0 || p > 100) {
                out.add(p("exam." + subject, "recruitment.secondary.apply.percent"));
            }
        }
        for (Map.Entry<String, Integer> g : grades.entrySet()) {
            if (!SecondarySubjects.known(g.getKey())) {
                out.add(p("grades." + g.getKey(), "recruitment.secondary.apply.unknownSubject"));
            } else if (g.getValue() < 1 || g.getValue() > 6) {
                out.add(p("grades." + g.getKey(), "recruitment.secondary.apply.grade"));
            }
        }
        if (complete) {
            for (String subject : SecondarySubjects.ALWAYS_GRADED) {
                if (!grades.containsKey(subject)) {
                    out.add(p("grades." + subject, "recruitment.secondary.apply.gradeRequired"));
                }
            }
        }
        for (Map.Entry<String, Integer> a : achievements.entrySet()) {
            if (!levels.contains(a.getKey())) {
                out.add(p("achievements." + a.getKey(), "recruitment.secondary.apply.unknownLevel"));
            } else if (a.getValue() < 0 || a.getValue() > MAX_ACHIEVEMENTS_PER_LEVEL) {
                out.add(p("achievements." + a.getKey(), "recruitment.secondary.apply.achievements", MAX_ACHIEVEMENTS_PER_LEVEL));
            }
        }
        return out;
    }
}
