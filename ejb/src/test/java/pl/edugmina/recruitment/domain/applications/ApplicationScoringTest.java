package pl.edugmina.recruitment.domain.applications;

import org.junit.jupiter.api.Test;
import pl.edugmina.recruitment.domain.allocation.Priority;
import pl.edugmina.recruitment.domain.applications.ApplicationScoring.CampaignCriterion;
import pl.edugmina.recruitment.domain.applications.ApplicationScoring.Kind;
import pl.edugmina.recruitment.domain.catchment.Address;
import pl.edugmina.recruitment.domain.catchment.CatchmentArea;
import pl.edugmina.recruitment.domain.catchment.CatchmentMap;
import pl.edugmina.recruitment.domain.catchment.HouseNumberRange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationScoringTest {

    static final List<CampaignCriterion> CRITERIA = List.of(
            new CampaignCriterion("WIELODZIETNOSC", "STATUTORY", "wielodzietność", new BigDecimal("1")),
            new CampaignCriterion("SAMOTNE_WYCHOWYWANIE", "STATUTORY", "samotne wychowywanie", new BigDecimal("1")),
            new CampaignCriterion("PRACA_RODZICOW", "MUNICIPAL", "oboje rodzice pracują", new BigDecimal("32")),
            new CampaignCriterion("RODZENSTWO", "MUNICIPAL", "rodzeństwo w placówce", new BigDecimal("16.5")));

    static final CatchmentMap MAP = new CatchmentMap(List.of(new CatchmentArea("7", "Obwód SP 7",
            List.of(CatchmentArea.Rule.of("Lipowa", HouseNumberRange.of(HouseNumberRange.Parity.ODD, "1", "35"))))));

    @Test
    void kindergartenRanksByStatutoryThenCouncilPointsOfAcceptedCriteriaOnly() {
        ApplicationScoring s = new ApplicationScoring(Kind.KINDERGARTEN, CRITERIA, null, 1);
        List<Priority> p = s.priorities(Set.of("WIELODZIETNOSC", "RODZENSTWO"), null, List.of(3L, 4L));
        assertThat(p).containsExactly(new Priority(0, 100, 1650), new Priority(0, 100, 1650));
        assertThat(s.score(Set.of("WIELODZIETNOSC", "RODZENSTWO")))
                .isEqualTo(new ApplicationScoring.Score(new BigDecimal("1"), new BigDecimal("16.5")));
        assertThat(s.priorities(Set.of(), null, List.of(3L))).containsExactly(new Priority(0, 0, 0));
    }

    @Test
    void classOnePutsCatchmentChildrenFirstOnlyAtTheirOwnSchool() {
        ApplicationScoring s = new ApplicationScoring(Kind.CLASS_ONE, CRITERIA, MAP, 1);
        Address inside = new Address("Lublin", "ul. Lipowa", "13");
        List<Priority> p = s.priorities(Set.of("PRACA_RODZICOW", "WIELODZIETNOSC"), inside, List.of(7L, 8L));
        assertThat(p).containsExactly(new Priority(1, 3200, 0), new Priority(0, 3200, 0));
        assertThat(s.inCatchment(inside, 7)).isTrue();
        assertThat(s.inCatchment(new Address("Lublin", "Lipowa", "14"), 7)).as("even number: outside").isFalse();
    }

    @Test
    void criteriaTheCampaignDoesNotHaveCountForNothing() {
        ApplicationScoring s = new ApplicationScoring(Kind.KINDERGARTEN, CRITERIA, null, 1);
        assertThat(s.priorities(Set.of("NIEZNANE"), null, List.of(1L))).containsExactly(new Priority(0, 0, 0));
    }
}
