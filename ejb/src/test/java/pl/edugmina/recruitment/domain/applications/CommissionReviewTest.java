package pl.edugmina.recruitment.domain.applications;

import org.junit.jupiter.api.Test;
import pl.edugmina.recruitment.domain.allocation.Priority;
import pl.edugmina.recruitment.domain.applications.ApplicationScoring.CampaignCriterion;
import pl.edugmina.recruitment.domain.applications.ApplicationScoring.Kind;
import pl.edugmina.recruitment.domain.applications.CommissionReview.Blocker;
import pl.edugmina.recruitment.domain.applications.CommissionReview.Listed;
import pl.edugmina.recruitment.domain.applications.CommissionReview.Problem;
import pl.edugmina.recruitment.domain.applications.CommissionReview.Scored;
import pl.edugmina.recruitment.domain.applications.CommissionReview.Verdict;
import pl.edugmina.recruitment.domain.catchment.Address;
import pl.edugmina.recruitment.domain.catchment.CatchmentRows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CommissionReviewTest {

    static final Instant SUBMITTED = Instant.parse("2027-03-02T10:00:00Z");

    static final List<CampaignCriterion> CRITERIA = List.of(
            new CampaignCriterion("WIELODZIETNOSC", "STATUTORY", "wielodzietność", new BigDecimal("1")),
            new CampaignCriterion("NIEPELNOSPRAWNOSC_KANDYDATA", "STATUTORY", "niepełnosprawność", new BigDecimal("1")),
            new CampaignCriterion("PRACA", "MUNICIPAL", "rodzice pracują", new BigDecimal("20")),
            new CampaignCriterion("RODZENSTWO", "MUNICIPAL", "rodzeństwo", new BigDecimal("15")));

    @Test
    void aPaperApplicationCountsAsBroughtOnlyAfterItsLastSubmission() {
        assertThat(CommissionReview.paperBrought("PAPER", SUBMITTED, null)).isFalse();
        assertThat(CommissionReview.paperBrought("PAPER", SUBMITTED, SUBMITTED.plusSeconds(3600))).isTrue();
        assertThat(CommissionReview.paperBrought("PAPER", SUBMITTED, SUBMITTED.minusSeconds(3600)))
                .as("brought before the corrected application was submitted again").isFalse();
        assertThat(CommissionReview.paperBrought("PROFIL_ZAUFANY", SUBMITTED, null)).isTrue();
        assertThat(CommissionReview.paperBrought("EPUAP", SUBMITTED, null)).isTrue();
    }

    @Test
    void verificationWaitsForThePaperAndForEveryCriterion() {
        assertThat(CommissionReview.blockers("SUBMITTED", "PAPER", SUBMITTED, null, Arrays.asList(Verdict.ACCEPTED, null)))
                .containsExactly(Blocker.PAPER_NOT_BROUGHT, Blocker.CRITERIA_UNDECIDED);
        assertThat(CommissionReview.blockers("SUBMITTED", "PAPER", SUBMITTED, SUBMITTED.plusSeconds(1),
                List.of(Verdict.ACCEPTED, Verdict.REJECTED))).isEmpty();
        assertThat(CommissionReview.blockers("SUBMITTED", "PROFIL_ZAUFANY", SUBMITTED, null, List.of())).as("nothing declared").isEmpty();
        assertThat(CommissionReview.blockers("VERIFIED", "PROFIL_ZAUFANY", SUBMITTED, null, List.of())).containsExactly(Blocker.NOT_SUBMITTED);
        assertThat(CommissionReview.blockers("RETURNED", "PAPER", SUBMITTED, null, List.of())).containsExactly(Blocker.NOT_SUBMITTED);
    }

    @Test
    void aRejectionNeedsAReasonAnAcceptanceDoesNot() {
        assertThat(CommissionReview.decisionProblems(Verdict.REJECTED, "  ")).extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "recruitment.commission.reasonRequired"));
        assertThat(CommissionReview.decisionProblems(Verdict.REJECTED, "Brak orzeczenia w załączniku")).isEmpty();
        assertThat(CommissionReview.decisionProblems(Verdict.ACCEPTED, null)).isEmpty();
        assertThat(CommissionReview.decisionProblems(null, null)).extracting(Problem::field).containsExactly("verdict");
        assertThat(CommissionReview.decisionProblems(Verdict.REJECTED, "x".repeat(2001))).extracting(Problem::messageKey)
                .containsExactly("validation.tooLong");
        assertThat(CommissionReview.returnProblems(null)).extracting(Problem::field).containsExactly("reason");
        assertThat(CommissionReview.returnProblems("Brak podpisu drugiego rodzica")).isEmpty();
    }

    @Test
    void theCommissionsAddressCorrectionKeepsTheAddressComplete() {
        assertThat(CommissionReview.addressProblems("Lublin", "Lipowa", "13", null, "20-001")).isEmpty();
        assertThat(CommissionReview.addressProblems("Lublin", " ", "13", null, "20001")).extracting(Problem::field)
                .containsExactly("street", "postalCode");
    }

    @Test
    void onlyAcceptedCriteriaCountUndecidedAndRejectedOnesDoNot() {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        verdicts.put("WIELODZIETNOSC", Verdict.ACCEPTED);
        verdicts.put("PRACA", Verdict.ACCEPTED);
        verdicts.put("RODZENSTWO", Verdict.REJECTED);
        verdicts.put("NIEPELNOSPRAWNOSC_KANDYDATA", null);
        Set<String> accepted = CommissionReview.accepted(verdicts);
        assertThat(accepted).containsExactly("PRACA", "WIELODZIETNOSC");

        ApplicationScoring kindergarten = new ApplicationScoring(Kind.KINDERGARTEN, CRITERIA, null, 1);
        List<Scored> scored = CommissionReview.score(kindergarten, accepted, null, List.of(new Listed(1, 101, 7), new Listed(2, 205, 9)));
        assertThat(scored).containsExactly(new Scored(1, 101, 7, new Priority(0, 100, 2000), false),
                new Scored(2, 205, 9, new Priority(0, 100, 2000), false));
    }

    @Test
    void aClassOneChildFromTheCatchmentIsInTheCatchmentTierOfItsOwnSchoolOnly() {
        var map = CatchmentRows.map(List.of(new CatchmentRows.Row(7, "Lublin", "Lipowa", "ODD", "1", "35"),
                new CatchmentRows.Row(9, null, "Ogrodowa", "ALL", null, null)));
        ApplicationScoring classOne = new ApplicationScoring(Kind.CLASS_ONE, CRITERIA, map, 1);
        List<Scored> scored = CommissionReview.score(classOne, Set.of("RODZENSTWO"), new Address("Lublin", "ul. Lipowa", "13"),
                List.of(new Listed(1, 101, 9), new Listed(2, 205, 7)));
        assertThat(scored).containsExactly(new Scored(1, 101, 9, new Priority(0, 1500, 0), false),
                new Scored(2, 205, 7, new Priority(1, 1500, 0), true));
    }
}
