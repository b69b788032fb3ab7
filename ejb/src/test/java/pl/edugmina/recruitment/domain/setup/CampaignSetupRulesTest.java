package pl.edugmina.recruitment.domain.setup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules a campaign's set-up is checked against before anything is stored (CampaignService refuses with these). */
class CampaignSetupRulesTest {

    private static final LocalDate D = LocalDate.of(2027, 3, 1);

    private static Map<Stage, Timetable.Period> complete() {
        Map<Stage, Timetable.Period> m = new EnumMap<>(Stage.class);
        m.put(Stage.APPLICATIONS, new Timetable.Period(D, D.plusDays(20)));
        m.put(Stage.VERIFICATION, new Timetable.Period(D.plusDays(21), D.plusDays(27)));
        m.put(Stage.QUALIFIED_LIST, new Timetable.Period(D.plusDays(27), D.plusDays(27)));
        m.put(Stage.CONFIRMATION, new Timetable.Period(D.plusDays(28), D.plusDays(35)));
        m.put(Stage.ADMITTED_LIST, new Timetable.Period(D.plusDays(36), D.plusDays(36)));
        m.put(Stage.SUPPLEMENTARY, new Timetable.Period(D.plusDays(60), D.plusDays(80)));
        m.put(Stage.APPEALS, new Timetable.Period(D.plusDays(37), D.plusDays(60)));
        return m;
    }

    private static List<String> fields(List<SetupProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    // ---------------------------------------------------------------- timetable

    @Test
    void aCompleteTimetableInOrderPassesAndMissesNothing() {
        Timetable t = new Timetable(complete());
        assertThat(t.problems()).isEmpty();
        assertThat(t.missing()).isEmpty();
    }

    @Test
    void stagesMayShareADayButNotGoBackwards() {
        Map<Stage, Timetable.Period> m = complete();
        // verification that ends before the applications end
        m.put(Stage.VERIFICATION, new Timetable.Period(D.plusDays(5), D.plusDays(10)));
        List<SetupProblem> p = new Timetable(m).problems();
        assertThat(fields(p)).containsExactly("stages.VERIFICATION:recruitment.setup.stage.order");
        assertThat(p.get(0).arguments()).containsExactly("składanie wniosków");
    }

    @Test
    void theOrderIsCheckedOverAGapInThePartialTimetable() {
        Map<Stage, Timetable.Period> m = new EnumMap<>(Stage.class);
        m.put(Stage.APPLICATIONS, new Timetable.Period(D, D.plusDays(20)));
        m.put(Stage.ADMITTED_LIST, new Timetable.Period(D.plusDays(10), D.plusDays(10)));
        Timetable t = new Timetable(m);
        assertThat(fields(t.problems())).containsExactly("stages.ADMITTED_LIST:recruitment.setup.stage.order");
        assertThat(t.missing()).containsExactly(Stage.VERIFICATION, Stage.QUALIFIED_LIST, Stage.CONFIRMATION, Stage.SUPPLEMENTARY, Stage.APPEALS);
    }

    @Test
    void appealsNotBeforeTheAdmittedListsAndEveryStageWithBothDatesTheRightWayRound() {
        Map<Stage, Timetable.Period> m = complete();
        m.put(Stage.APPEALS, new Timetable.Period(D.plusDays(30), D.plusDays(60)));
        m.put(Stage.CONFIRMATION, new Timetable.Period(D.plusDays(35), D.plusDays(28)));
        m.put(Stage.SUPPLEMENTARY, new Timetable.Period(null, D.plusDays(80)));
        assertThat(fields(new Timetable(m).problems())).containsExactlyInAnyOrder(
                "stages.CONFIRMATION:recruitment.setup.stage.endBeforeStart",
                "stages.SUPPLEMENTARY:recruitment.setup.stage.bothDates",
                "stages.APPEALS:recruitment.setup.stage.appealsBeforeLists");
    }

    @Test
    void aStageWithoutDatesIsMissingNotWrong() {
        Map<Stage, Timetable.Period> m = complete();
        m.put(Stage.APPEALS, new Timetable.Period(null, null));
        Timetable t = new Timetable(m);
        assertThat(t.problems()).isEmpty();
        assertThat(t.missing()).containsExactly(Stage.APPEALS);
    }

    // ---------------------------------------------------------------- campaign, classes

    @Test
    void theCampaignsOwnData() {
        assertThat(new CampaignDraft("CLASS_ONE", "2027/2028", "Nabór do klas I", 3, "ziarno").problems()).isEmpty();
        assertThat(fields(new CampaignDraft("NURSERY", "2027/2029", " ", 21, null).problems())).containsExactly(
                "type:recruitment.campaign.type", "schoolYear:recruitment.campaign.schoolYear", "name:validation.required",
                "maxPreferences:recruitment.setup.maxPreferences.range", "seed:validation.required");
        assertThat(CampaignDraft.previousSchoolYear("2027/2028")).isEqualTo("2026/2027");
        assertThat(CampaignDraft.validSchoolYear("1999/2000")).as("before the years the registers accept").isFalse();
    }

    @Test
    void aClassNeedsAUnitANameAndSeatsWithinLimits() {
        assertThat(new ClassDraft(7L, " 1a ", "sportowy", "angielski", null, 0).problems()).as("0 seats keeps a class listed").isEmpty();
        assertThat(fields(new ClassDraft(null, "", null, null, null, 1001).problems())).containsExactly(
                "unitId:validation.required", "name:validation.required", "seats:recruitment.setup.class.seats");
        assertThat(fields(ClassDraft.seatsProblems(-1))).containsExactly("seats:recruitment.setup.class.seats");
        assertThat(new ClassDraft(7L, " 1a ", null, null, null, 25).name()).isEqualTo("1a");
    }

    @Test
    void unitsOfTheRightKindOnly() {
        assertThat(CampaignType.CLASS_ONE.admitsUnitType(2)).isTrue();
        assertThat(CampaignType.CLASS_ONE.admitsUnitType(1)).as("a kindergarten has no class I").isFalse();
        assertThat(CampaignType.KINDERGARTEN.admitsUnitType(1)).isTrue();
        assertThat(CampaignType.SECONDARY.admitsUnitType(14)).isTrue();
        assertThat(CampaignType.DORMITORY.admitsUnitType(16)).isFalse();
    }

    // ---------------------------------------------------------------- criteria

    private static CriterionDraft c(String code, String group, String points) {
        return new CriterionDraft(code, group, "kryterium " + code, points == null ? null : new BigDecimal(points), null);
    }

    @Test
    void criteriaCodesGroupsAndPoints() {
        List<CriterionDraft> list = List.of(c("RODZICE_PRACUJA", "MUNICIPAL", "20"), c("łódź", "MUNICIPAL", "1"), c("RODZICE_PRACUJA", "GMINNE", "1.005"),
                c("X", "STATUTORY", "-1"));
        assertThat(fields(CriterionDraft.problems(CampaignType.CLASS_ONE, list))).containsExactly(
                "criteria[1].code:recruitment.setup.criterion.codeFormat",
                "criteria[2].code:recruitment.setup.criterion.duplicate",
                "criteria[2].group:recruitment.setup.criterion.group",
                "criteria[2].points:recruitment.setup.criterion.points",
                "criteria[3].points:recruitment.setup.criterion.points");
        assertThat(new CriterionDraft(" sibling ", "municipal", "x", BigDecimal.ONE, null).code()).as("codes are upper case").isEqualTo("SIBLING");
    }

    @Test
    void aKindergartensStatutoryCriteriaAreOfEqualValueAndItsOwnAtMostSix() {
        List<CriterionDraft> unequal = List.of(c("A", "STATUTORY", "1"), c("B", "STATUTORY", "2"));
        assertThat(fields(CriterionDraft.problems(CampaignType.KINDERGARTEN, unequal))).containsExactly("criteria:recruitment.setup.criteria.statutoryEqual");
        assertThat(CriterionDraft.problems(CampaignType.SECONDARY, unequal)).as("only a kindergarten's are of equal value").isEmpty();
        List<CriterionDraft> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(c("G" + i, "MUNICIPAL", "5"));
        }
        assertThat(fields(CriterionDraft.problems(CampaignType.KINDERGARTEN, seven))).containsExactly("criteria:recruitment.setup.criteria.municipalLimit");
        assertThat(CriterionDraft.problems(CampaignType.CLASS_ONE, seven)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CampaignType.class)
    void theLawsDefaultsPassTheRulesOfTheirKindWithAProofForEach(CampaignType type) {
        List<CriterionDraft> defaults = DefaultCriteria.forType(type);
        assertThat(defaults).isNotEmpty();
        assertThat(CriterionDraft.problems(type, defaults)).isEmpty();
        assertThat(defaults).allSatisfy(d -> assertThat(d.proof()).as(d.code()).isNotBlank());
    }

    @Test
    void aKindergartenStartsFromTheSevenStatutoryCriteriaAndTheCitysExample() {
        List<CriterionDraft> k = DefaultCriteria.forType(CampaignType.KINDERGARTEN);
        assertThat(k.stream().filter(d -> d.group().equals("STATUTORY")).map(CriterionDraft::code)).hasSize(7).contains("WIELODZIETNOSC");
        assertThat(k.stream().filter(d -> d.group().equals("MUNICIPAL")).map(CriterionDraft::code)).contains("RODZICE_PRACUJA");
    }

    // ---------------------------------------------------------------- catchment

    private static CatchmentDraft.Line line(long unit, String street, String parity, String from, String to) {
        return new CatchmentDraft.Line(unit, "Lublin", street, parity, from, to);
    }

    @Test
    void twoSchoolsCannotShareAnAddressButOddAndEvenSidesMaySplitAStreet() {
        Map<Long, String> names = Map.of(1L, "SP 1", 2L, "SP 2");
        assertThat(CatchmentDraft.problems(List.of(line(1, "ul. Lipowa", "ODD", null, null), line(2, "Lipowa", "EVEN", null, null)), names))
                .isEmpty();
        assertThat(CatchmentDraft.problems(List.of(line(1, "Lipowa", "ALL", "1", "20"), line(2, "LIPOWA", "ALL", "21", null)), names)).isEmpty();
        List<SetupProblem> p = CatchmentDraft.problems(List.of(line(1, "Lipowa", "ALL", "1", "20"), line(2, "ul.Lipowa", "EVEN", "20", null)), names);
        assertThat(fields(p)).containsExactly("catchment[1].street:recruitment.setup.catchment.overlap");
        assertThat(p.get(0).arguments()).containsExactly("ul.Lipowa", "SP 1", 1);
        assertThat(CatchmentDraft.problems(List.of(line(1, "Lipowa", "ALL", "1", "20"), line(1, "Lipowa", "ALL", "10", "30")), names))
                .as("a school's own lines may overlap").isEmpty();
    }

    @Test
    void aLineNeedsAStreetAValidParityAndHouseNumbersInOrder() {
        List<SetupProblem> p = CatchmentDraft.problems(List.of(
                new CatchmentDraft.Line(1L, "Lublin", " ", "ALL", null, null),
                new CatchmentDraft.Line(1L, "Lublin", "Długa", "SOME", "1", null),
                new CatchmentDraft.Line(1L, "Lublin", "Krótka", "ALL", "12/3", "x"),
                new CatchmentDraft.Line(1L, "Lublin", "Polna", "ALL", "30", "2")), Map.of());
        assertThat(fields(p)).containsExactly(
                "catchment[0].street:validation.required",
                "catchment[1].parity:recruitment.setup.catchment.parityValue",
                "catchment[2].from:recruitment.setup.catchment.number",
                "catchment[2].to:recruitment.setup.catchment.number",
                "catchment[3].to:recruitment.setup.catchment.emptyRange");
        assertThat(CatchmentDraft.problems(List.of(new CatchmentDraft.Line(1L, "Lublin", "Polna", null, "2a", "40")), Map.of()))
                .as("parity defaults to all numbers; a letter is fine").isEmpty();
    }

    // ---------------------------------------------------------------- status

    @Test
    void statusesMoveForwardOneStepAndBackOnlyFromTheApplications() {
        assertThat(CampaignStatus.PREPARATION.canMoveTo(CampaignStatus.APPLICATIONS)).isTrue();
        assertThat(CampaignStatus.PREPARATION.canMoveTo(CampaignStatus.VERIFICATION)).isFalse();
        assertThat(CampaignStatus.APPLICATIONS.canMoveTo(CampaignStatus.PREPARATION)).isTrue();
        assertThat(CampaignStatus.VERIFICATION.canMoveTo(CampaignStatus.APPLICATIONS)).isFalse();
        assertThat(CampaignStatus.CLOSED.moves()).isEmpty();
    }

    @Test
    void onceOpenOnlySeatsChangeAndOnlyUntilTheAllocation() {
        assertThat(CampaignStatus.PREPARATION.setupEditable()).isTrue();
        assertThat(CampaignStatus.APPLICATIONS.setupEditable()).isFalse();
        assertThat(CampaignStatus.APPLICATIONS.seatsEditable(false)).isTrue();
        assertThat(CampaignStatus.VERIFICATION.seatsEditable(true)).as("a final allocation is published").isFalse();
        assertThat(CampaignStatus.ALLOCATED.seatsEditable(false)).isFalse();
        assertThat(CampaignStatus.PREPARATION.isPublic()).isFalse();
        assertThat(CampaignStatus.APPLICATIONS.isPublic()).isTrue();
        assertThat(CampaignStatus.CLOSED.isPublic()).isFalse();
    }
}
