package pl.edugmina.recruitment.domain.secondary;

import org.junit.jupiter.api.Test;
import pl.edugmina.recruitment.domain.allocation.Priority;
import pl.edugmina.recruitment.domain.points.RecruitmentDefaults;
import pl.edugmina.recruitment.domain.setup.SetupProblem;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecondaryScoringTest {

    static SecondaryScoring.Config config() {
        Map<String, BigDecimal> levels = new LinkedHashMap<>();
        RecruitmentDefaults.secondaryAchievements().forEach((k, v) -> levels.put(k, v.getValue()));
        return new SecondaryScoring.Config(RecruitmentDefaults.secondary(), levels, RecruitmentDefaults.precedence().laureate());
    }

    static final SecondaryScoring SCORING = new SecondaryScoring(config());

    static SecondaryResults results(boolean laureate) {
        return new SecondaryResults(Map.of("JEZYK_POLSKI", 80, "MATEMATYKA", 60, "JEZYK_OBCY", 90),
                Map.of("JEZYK_POLSKI", 5, "MATEMATYKA", 4, "BIOLOGIA", 6, "CHEMIA", 3, "HISTORIA", 2, "WOS", 5),
                true, Map.of("KRAJOWY", 1, "POWIATOWY", 2), true, laureate);
    }

    @Test
    void eachClassCountsPolishMathsAndItsOwnTwoSubjects() {
        // exam 0.35×80 + 0.35×60 + 0.30×90 = 28 + 21 + 27 = 76; distinction 7; achievements 3 + 1 + 1 = 5; volunteering 3
        // biology-chemistry: grades 5,4,6,3 → 17 + 14 + 18 + 8 = 57 → 148
        // history-civics:    grades 5,4,2,5 → 17 + 14 + 2 + 17 = 50 → 141
        assertThat(SCORING.score(results(false), List.of("BIOLOGIA", "CHEMIA")).total()).isEqualByComparingTo("148");
        assertThat(SCORING.score(results(false), List.of("HISTORIA", "WOS")).total()).isEqualByComparingTo("141");
        Priority p = SCORING.priority(results(false), List.of("HISTORIA", "WOS"), 2);
        assertThat(p).isEqualTo(new Priority(0, 14_100, 2));
    }

    @Test
    void aLaureateIsInTheConfiguredTierAboveAnyPoints() {
        Priority laureate = SCORING.priority(results(true), List.of("HISTORIA", "WOS"), 0);
        assertThat(laureate.tier()).isEqualTo(1);
        assertThat(laureate.points()).isEqualTo(14_100);
        Priority other = new SecondaryScoring(new SecondaryScoring.Config(RecruitmentDefaults.secondary(), Map.of(), 3))
                .priority(new SecondaryResults(results(true).exam(), results(true).grades(), false, Map.of(), false, true),
                        List.of("BIOLOGIA", "CHEMIA"), 0);
        assertThat(other.tier()).as("the tier is the campaign's configuration").isEqualTo(3);
    }

    @Test
    void aGradeNotGivenCountsAsTheLowestAndAchievementsAreCapped() {
        SecondaryResults r = new SecondaryResults(Map.of("JEZYK_POLSKI", 100, "MATEMATYKA", 100, "JEZYK_OBCY", 100),
                Map.of("JEZYK_POLSKI", 6, "MATEMATYKA", 6, "FIZYKA", 6), false, Map.of("FINALISTA_PRZEDMIOTOWY", 3), false, false);
        // 100 + 18 + 18 + 18 + 0 (no informatics grade) + min(30, 18)
        assertThat(SCORING.score(r, List.of("FIZYKA", "INFORMATYKA")).total()).isEqualByComparingTo("172");
    }

    @Test
    void aClassWithoutItsSubjectsOrAnUnknownLevelIsAnError() {
        assertThatThrownBy(() -> SCORING.score(results(false), List.of("BIOLOGIA"))).isInstanceOf(IllegalArgumentException.class);
        SecondaryResults odd = new SecondaryResults(results(false).exam(), results(false).grades(), false, Map.of("NIEZNANY", 1), false, false);
        assertThatThrownBy(() -> SCORING.score(odd, List.of("BIOLOGIA", "CHEMIA"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFormsValuesAreCheckedFieldByField() {
        Set<String> levels = RecruitmentDefaults.secondaryAchievements().keySet();
        SecondaryResults bad = new SecondaryResults(Map.of("JEZYK_POLSKI", 101, "MATEMATYKA", -1), Map.of("BIOLOGIA", 7, "MATEMATYKA", 0),
                false, Map.of("KRAJOWY", 21, "COS", 1), false, false);
        assertThat(bad.problems(false, levels)).extracting(SetupProblem::field, SetupProblem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("exam.JEZYK_POLSKI", "recruitment.secondary.apply.percent"),
                org.assertj.core.groups.Tuple.tuple("exam.MATEMATYKA", "recruitment.secondary.apply.percent"),
                org.assertj.core.groups.Tuple.tuple("grades.BIOLOGIA", "recruitment.secondary.apply.grade"),
                org.assertj.core.groups.Tuple.tuple("grades.MATEMATYKA", "recruitment.secondary.apply.grade"),
                org.assertj.core.groups.Tuple.tuple("achievements.KRAJOWY", "recruitment.secondary.apply.achievements"),
                org.assertj.core.groups.Tuple.tuple("achievements.COS", "recruitment.secondary.apply.unknownLevel"));
        SecondaryResults partial = new SecondaryResults(Map.of("JEZYK_POLSKI", 50), Map.of("JEZYK_POLSKI", 4), false, Map.of(), false, false);
        assertThat(partial.problems(false, levels)).as("a draft may be partial").isEmpty();
        assertThat(partial.problems(true, levels)).extracting(SetupProblem::field)
                .containsExactlyInAnyOrder("exam.MATEMATYKA", "exam.JEZYK_OBCY", "grades.MATEMATYKA");
        assertThat(results(false).problems(true, levels)).isEmpty();
    }
}
