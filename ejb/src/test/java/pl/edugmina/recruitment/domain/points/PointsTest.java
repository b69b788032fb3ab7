package pl.edugmina.recruitment.domain.points;

import org.junit.jupiter.api.Test;
import pl.edugmina.recruitment.domain.allocation.Priority;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PointsTest {

    static final SecondaryPoints SECONDARY = new SecondaryPoints(RecruitmentDefaults.secondary());

    static SecondaryPoints.Results results(int polish, int maths, int language, List<Integer> grades, boolean distinction,
                                           List<String> achievements, boolean volunteering) {
        return new SecondaryPoints.Results(Map.of("JEZYK_POLSKI", polish, "MATEMATYKA", maths, "JEZYK_OBCY", language), grades,
                distinction, achievements.stream().map(BigDecimal::new).toList(), volunteering);
    }

    @Test
    void pointsAreHundredthsExactly() {
        assertThat(Points.hundredths(new BigDecimal("152.45"))).isEqualTo(15_245);
        assertThat(Points.hundredths(new BigDecimal("7"))).isEqualTo(700);
        assertThat(Points.hundredths(new BigDecimal("30.450"))).isEqualTo(3_045);
        assertThat(Points.decimal(15_245)).isEqualByComparingTo("152.45");
        assertThatThrownBy(() -> Points.hundredths(new BigDecimal("1.005"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secondaryTheWholeSum() {
        // exam 0.35×87 + 0.35×64 + 0.30×93 = 30.45 + 22.40 + 27.90 = 80.75; grades 6,5,4,3 → 18+17+14+8 = 57;
        // distinction 7; achievements 10 + 7 + 4 = 21 → capped at 18; volunteering 3 → 165.75
        SecondaryPoints.Score s = SECONDARY.score(results(87, 64, 93, List.of(6, 5, 4, 3), true, List.of("10", "7", "4"), true));
        assertThat(s.exam()).isEqualByComparingTo("80.75");
        assertThat(s.grades()).isEqualByComparingTo("57");
        assertThat(s.distinction()).isEqualByComparingTo("7");
        assertThat(s.achievements()).isEqualByComparingTo("18");
        assertThat(s.volunteering()).isEqualByComparingTo("3");
        assertThat(s.total()).isEqualByComparingTo("165.75");
        assertThat(s.priority(0, 2)).isEqualTo(new Priority(0, 16_575, 2));
    }

    @Test
    void secondaryTheMaximumIs200AndTheMinimumIsTheLowestGrades() {
        assertThat(SECONDARY.score(results(100, 100, 100, List.of(6, 6, 6, 6), true, List.of("18", "10"), true)).total())
                .isEqualByComparingTo("200");
        assertThat(SECONDARY.score(results(0, 0, 0, List.of(2, 2, 2, 2), false, List.of(), false)).total())
                .isEqualByComparingTo("8");
    }

    @Test
    void secondaryAnotherCityOrYearIsOnlyAnotherConfiguration() {
        SecondaryPointsConfig changed = new SecondaryPointsConfig(Map.of("POLSKI", new BigDecimal("0.5"), "MATEMATYKA", new BigDecimal("0.5")),
                Map.of(5, new BigDecimal("10"), 4, new BigDecimal("5")), 2, new BigDecimal("5"), new BigDecimal("10"), BigDecimal.ZERO,
                new BigDecimal("150"));
        SecondaryPoints.Score s = new SecondaryPoints(changed).score(new SecondaryPoints.Results(Map.of("POLSKI", 81, "MATEMATYKA", 40),
                List.of(5, 4), true, List.of(new BigDecimal("12")), true));
        // 40.5 + 20 + 10 + 5 + 5 (distinction) + 10 (capped) + 0 = 90.5
        assertThat(s.total()).isEqualByComparingTo("90.5");
    }

    @Test
    void secondaryRefusesWhatDoesNotFitTheConfiguration() {
        assertThatThrownBy(() -> SECONDARY.score(results(101, 0, 0, List.of(2, 2, 2, 2), false, List.of(), false)))
                .hasMessageContaining("0–100%");
        assertThatThrownBy(() -> SECONDARY.score(results(50, 50, 50, List.of(6, 5, 4), false, List.of(), false)))
                .hasMessageContaining("4 grades");
        assertThatThrownBy(() -> SECONDARY.score(results(50, 50, 50, List.of(6, 5, 4, 1), false, List.of(), false)))
                .hasMessageContaining("grade 1");
        assertThatThrownBy(() -> SECONDARY.score(new SecondaryPoints.Results(Map.of("JEZYK_POLSKI", 50), List.of(6, 6, 6, 6),
                false, List.of(), false))).hasMessageContaining("expected");
        assertThatThrownBy(() -> new SecondaryPointsConfig(Map.of("X", BigDecimal.ONE), Map.of(6, BigDecimal.TEN), 1, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100"))).hasMessageContaining("more than the maximum");
    }

    @Test
    void kindergartenStage1CountsTheStatutoryCriteriaEquallyAndStage2TheCitysPoints() {
        KindergartenPoints points = new KindergartenPoints(RecruitmentDefaults.kindergarten());
        KindergartenPoints.Score s = points.score(Set.of("WIELODZIETNOSC", "SAMOTNE_WYCHOWYWANIE"), Set.of("RODZICE_PRACUJA", "RODZENSTWO_W_PLACOWCE"));
        assertThat(s.stage1()).isEqualByComparingTo("2");
        assertThat(s.stage2()).isEqualByComparingTo("30");
        assertThat(s.priority()).isEqualTo(new Priority(0, 200, 3_000));
        // stage 1 decides before any stage-2 points: one statutory criterion beats all municipal ones
        Priority oneStatutory = points.score(Set.of("PIECZA_ZASTEPCZA"), Set.of()).priority();
        Priority allMunicipal = points.score(Set.of(), Set.of("RODZICE_PRACUJA", "PODATEK_W_GMINIE", "RODZENSTWO_W_PLACOWCE")).priority();
        assertThat(oneStatutory.points()).isGreaterThan(allMunicipal.points());
        assertThatThrownBy(() -> points.score(Set.of("NIEZNANE"), Set.of())).hasMessageContaining("unknown criterion");
    }

    @Test
    void kindergartenConfigurationIsChecked() {
        CriteriaSet unequal = new CriteriaSet(List.of(new Criterion("A", "a", BigDecimal.ONE), new Criterion("B", "b", BigDecimal.TEN)));
        assertThatThrownBy(() -> new KindergartenCriteria(unequal, new CriteriaSet(List.of()), 6)).hasMessageContaining("equal value");
        CriteriaSet seven = new CriteriaSet(java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> new Criterion("M" + i, "m", BigDecimal.ONE)).toList());
        assertThatThrownBy(() -> new KindergartenCriteria(RecruitmentDefaults.statutoryCriteria(), seven, 6)).hasMessageContaining("at most 6");
        assertThatThrownBy(() -> new CriteriaSet(List.of(new Criterion("A", "a", BigDecimal.ONE), new Criterion("A", "b", BigDecimal.ONE))))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new Criterion("A", "a", new BigDecimal("0.001"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(RecruitmentDefaults.kindergarten().statutoryValue()).isEqualByComparingTo("1");
    }

    @Test
    void secondTierHealthFirstThenTheStatutoryCriteria() {
        SecondTierCriteria tier = RecruitmentDefaults.secondarySecondTier();
        long health = tier.value(Set.of("PROBLEMY_ZDROWOTNE"), Set.of());
        long allSeven = tier.value(Set.of(), Set.of("WIELODZIETNOSC", "NIEPELNOSPRAWNOSC_KANDYDATA", "NIEPELNOSPRAWNOSC_JEDNEGO_RODZICA",
                "NIEPELNOSPRAWNOSC_OBOJGA_RODZICOW", "NIEPELNOSPRAWNOSC_RODZENSTWA", "SAMOTNE_WYCHOWYWANIE", "PIECZA_ZASTEPCZA"));
        assertThat(allSeven).isEqualTo(7);
        assertThat(health).isGreaterThan(allSeven);
        assertThat(tier.value(Set.of(), Set.of("WIELODZIETNOSC", "PIECZA_ZASTEPCZA"))).isEqualTo(2);
        assertThat(tier.value(Set.of(), Set.of())).isZero();
    }

    @Test
    void classOneCatchmentChildrenComeFirstOthersByTheCitysPoints() {
        ClassOnePoints points = new ClassOnePoints(new CriteriaSet(List.of(
                new Criterion("RODZENSTWO", "rodzeństwo w szkole", new BigDecimal("8")),
                new Criterion("BLISKOSC", "miejsce pracy rodzica w pobliżu", new BigDecimal("4")))), RecruitmentDefaults.precedence().catchment());
        Priority fromCatchment = points.priority(true, Set.of());
        Priority outside = points.priority(false, Set.of("RODZENSTWO", "BLISKOSC"));
        assertThat(fromCatchment.tier()).isEqualTo(1);
        assertThat(outside).isEqualTo(new Priority(0, 1_200, 0));
        assertThatThrownBy(() -> new ClassOnePoints(new CriteriaSet(List.of()), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
