package pl.edugmina.recruitment.domain.allocation;

import org.junit.jupiter.api.Test;
import pl.edugmina.recruitment.domain.allocation.Explanation.Outcome;
import pl.edugmina.recruitment.domain.allocation.Explanation.Reason;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationTest {

    static Preference pref(String classId, long points) {
        return new Preference(classId, Priority.ofPoints(points));
    }

    static Preference pref(String classId, int tier, long points, long second) {
        return new Preference(classId, new Priority(tier, points, second));
    }

    /**
     * A (2 seats): 1 (180.00), 2 (170.00), 3 and 4 (160.00) → 1 and 2; B (1 seat): 3 and 4 tie on points, 3 meets
     * two second-tier criteria, 4 one → 3; C has no seats. D (1 seat): 7 and 1042 equal in everything, the draw
     * puts 1042 first. E (1 seat): a laureate with 0 points before 51 with 200.00.
     */
    static AllocationResult example() {
        Campaign campaign = Campaign.builder("nabor-2026")
                .addClass("A", 2).addClass("B", 1).addClass("C", 0).addClass("D", 1).addClass("E", 1)
                .addCandidate(1, List.of(pref("A", 18_000)))
                .addCandidate(2, List.of(pref("A", 17_000)))
                .addCandidate(3, List.of(pref("A", 16_000), pref("B", 0, 16_000, 2)))
                .addCandidate(4, List.of(pref("A", 16_000), pref("B", 0, 16_000, 1), pref("C", 20_000)))
                .addCandidate(7, List.of(pref("D", 0, 12_000, 1)))
                .addCandidate(1042, List.of(pref("D", 0, 12_000, 1)))
                .addCandidate(50, List.of(pref("E", 1, 0, 0)))
                .addCandidate(51, List.of(pref("E", 20_000)))
                .build();
        return DeferredAcceptance.allocate(campaign, AllocationMode.DRY_RUN);
    }

    @Test
    void perClassTheSeatsApplicantsAdmittedFreeSeatsAndTheCutOff() {
        Explanation explanation = example().explain();
        Explanation.ClassSummary a = explanation.forClass("A");
        assertThat(a.capacity()).isEqualTo(2);
        assertThat(a.applicants()).isEqualTo(4);
        assertThat(a.admitted()).isEqualTo(2);
        assertThat(a.freeSeats()).isZero();
        assertThat(a.full()).isTrue();
        assertThat(a.cutOff()).get().satisfies(k -> {
            assertThat(k.candidateId()).isEqualTo(2);
            assertThat(k.pointsDecimal()).isEqualByComparingTo("170.00");
        });
        Explanation.ClassSummary c = explanation.forClass("C");
        assertThat(c.cutOff()).isEmpty();
        assertThat(c.applicants()).isEqualTo(1);
        assertThat(explanation.classes()).extracting(Explanation.ClassSummary::classId).containsExactly("A", "B", "C", "D", "E");
    }

    @Test
    void aPlacedCandidateSeesTheirClassAndWhyEachHigherPreferenceWasNotReached() {
        Explanation.CandidateExplanation three = example().explain().forCandidate(3);
        assertThat(three.placedClass()).contains("B");
        assertThat(three.placedPreference()).isEqualTo(2);
        assertThat(three.lines()).hasSize(2);
        Explanation.PreferenceLine first = three.lines().get(0);
        assertThat(first.classId()).isEqualTo("A");
        assertThat(first.outcome()).isEqualTo(Outcome.NOT_REACHED);
        assertThat(first.reason()).contains(Reason.POINTS);
        assertThat(first.own().points()).isEqualTo(16_000);
        assertThat(first.cutOff()).get().extracting(PriorityKey::points).isEqualTo(17_000L);
        Explanation.PreferenceLine second = three.lines().get(1);
        assertThat(second.outcome()).isEqualTo(Outcome.ADMITTED);
        assertThat(second.reason()).isEmpty();
    }

    @Test
    void anUnplacedCandidateSeesEveryPreferenceWithItsReason() {
        Explanation.CandidateExplanation four = example().explain().forCandidate(4);
        assertThat(four.placedClass()).isEmpty();
        assertThat(four.placedPreference()).isZero();
        assertThat(four.lines()).extracting(Explanation.PreferenceLine::reason)
                .containsExactly(java.util.Optional.of(Reason.POINTS), java.util.Optional.of(Reason.SECOND_TIER),
                        java.util.Optional.of(Reason.NO_SEATS));
    }

    @Test
    void equalInEverythingTheDrawDecidesAndTheExplanationSaysSo() {
        Explanation explanation = example().explain();
        assertThat(explanation.forCandidate(1042).placedClass()).contains("D");
        Explanation.PreferenceLine line = explanation.forCandidate(7).lines().get(0);
        assertThat(line.reason()).contains(Reason.DRAW);
        assertThat(line.own().drawHex()).isEqualTo("92b9bb0b5d160ec2");
        assertThat(line.cutOff()).get().extracting(PriorityKey::drawHex).isEqualTo("085d4afa14e645f9");
    }

    @Test
    void aLaureateTakesTheSeatWhateverThePointsOfOthers() {
        Explanation explanation = example().explain();
        assertThat(explanation.forCandidate(50).placedClass()).contains("E");
        assertThat(explanation.forCandidate(51).lines().get(0).reason()).contains(Reason.TIER);
    }

    @Test
    void everyCandidateIsExplainedInInputOrder() {
        assertThat(example().explain().candidates()).extracting(Explanation.CandidateExplanation::candidateId)
                .containsExactly(1L, 2L, 3L, 4L, 7L, 1042L, 50L, 51L);
    }

    @Test
    void onRandomCampaignsEveryHigherPreferenceIsFullAndItsCutOffIsAboveTheCandidate() {
        AllocationPropertiesTest.forAll(seed -> {
            RandomCampaign rc = RandomCampaign.generate(seed);
            Explanation explanation = DeferredAcceptance.allocate(rc.build(), AllocationMode.DRY_RUN).explain();
            for (Explanation.CandidateExplanation ce : explanation.candidates()) {
                for (Explanation.PreferenceLine line : ce.lines()) {
                    if (line.outcome() == Outcome.ADMITTED) {
                        assertThat(line.cutOff()).get().matches(cut -> !cut.before(line.own()), "the admitted are not below the cut-off");
                        continue;
                    }
                    assertThat(line.reason()).isNotEqualTo(java.util.Optional.of(Reason.SEAT_FREED_AFTERWARDS));
                    if (line.reason().get() != Reason.NO_SEATS) {
                        assertThat(explanation.forClass(line.classId()).full()).isTrue();
                        assertThat(line.cutOff().get().before(line.own())).isTrue();
                    }
                }
            }
        });
    }
    /** What a store keeps of a result (each listed class's key, seats and cut-off, the placed preference) explains alike. */
    static Explanation.CandidateExplanation rebuilt(RandomCampaign.CandidateSpec c, AllocationResult result, Explanation explanation) {
        List<Explanation.StoredPreference> list = c.prefs().stream().map(p -> new Explanation.StoredPreference(p.classId(),
                result.key(c.id(), p.classId()), result.capacity(p.classId()), explanation.forClass(p.classId()).cutOff())).toList();
        return Explanation.of(c.id(), list, result.placedPreference(c.id()));
    }

    @Test
    void rebuiltFromWhatIsStoredEveryCandidateIsExplainedAsFromTheResultInMemory() {
        AllocationPropertiesTest.forAll(seed -> {
            RandomCampaign rc = RandomCampaign.generate(seed);
            AllocationResult result = DeferredAcceptance.allocate(rc.build(), AllocationMode.FINAL);
            // after an appeal too: a seat added over capacity, a seat freed afterwards
            if (!rc.candidates().isEmpty()) {
                RandomCampaign.CandidateSpec last = rc.candidates().get(rc.candidates().size() - 1);
                if (!last.prefs().isEmpty()) {
                    result = result.appeal(last.id(), java.util.Map.of(last.prefs().get(0).classId(), new Priority(3, 20_000, 3))).result();
                }
            }
            Explanation explanation = result.explain();
            for (RandomCampaign.CandidateSpec c : rc.candidates()) {
                assertThat(rebuilt(c, result, explanation)).isEqualTo(explanation.forCandidate(c.id()));
            }
        });
    }

    @Test
    void aStoredPlacementOutsideTheListIsRefused() {
        PriorityKey own = new PriorityKey(0, 100, 0, 1, 7);
        List<Explanation.StoredPreference> list = List.of(new Explanation.StoredPreference("A", own, 1, java.util.Optional.empty()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Explanation.of(7, list, 2)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Explanation.of(8, list, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
