package pl.edugmina.applications.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallRulesTest {

    /** Bydgoszcz's grants: 15.11–15.12, schools and kindergartens 3, poradnia / bursa / MDK 6. */
    static final CallRules GRANTS = new CallRules(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 15), Set.of(1, 2, 27, 29, 34),
            Map.of(27, 6, 29, 6, 34, 6), 3, new BigDecimal("100000"), new BigDecimal("20000.00"), true);

    @Test
    void theWindowFollowsOfficeTimeBothDaysIncluded() {
        // 15 November 00:00 in Warsaw (CET, UTC+1) is 14 November 23:00 UTC
        assertThat(GRANTS.window(Instant.parse("2026-11-14T22:59:59Z"))).isEqualTo(CallRules.Window.NOT_YET_OPEN);
        assertThat(GRANTS.window(Instant.parse("2026-11-14T23:00:00Z"))).isEqualTo(CallRules.Window.OPEN);
        assertThat(GRANTS.window(Instant.parse("2026-12-15T22:59:59Z"))).as("15 December 23:59:59 in Warsaw").isEqualTo(CallRules.Window.OPEN);
        assertThat(GRANTS.window(Instant.parse("2026-12-15T23:00:00Z"))).isEqualTo(CallRules.Window.CLOSED);
        CallRules summer = new CallRules(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), Set.of(2), Map.of(), 3,
                BigDecimal.TEN, null, false);
        assertThat(summer.window(Instant.parse("2026-05-31T21:59:59Z"))).as("CEST, UTC+2").isEqualTo(CallRules.Window.NOT_YET_OPEN);
        assertThat(summer.window(Instant.parse("2026-05-31T22:00:00Z"))).isEqualTo(CallRules.Window.OPEN);
        assertThat(summer.window(Instant.parse("2026-06-30T22:00:00Z"))).isEqualTo(CallRules.Window.CLOSED);
    }

    @Test
    void limitsPerUnitTypeWithADefault() {
        assertThat(GRANTS.limitFor(2)).isEqualTo(3);
        assertThat(GRANTS.limitFor(1)).isEqualTo(3);
        assertThat(GRANTS.limitFor(34)).isEqualTo(6);
        assertThat(GRANTS.limitFor(27)).isEqualTo(6);
    }

    @Test
    void aSubmissionInTheWindowUnderTheLimitPasses() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(GRANTS.checkSubmission(2, "Szkoła podstawowa", 2, now)).isEmpty();
        assertThat(GRANTS.checkSubmission(34, "Poradnia", 5, now)).isEmpty();
    }

    @Test
    void theFourthApplicationOfASchoolIsRefusedWithTheLimit() {
        var refusals = GRANTS.checkSubmission(2, "Szkoła podstawowa", 3, Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(refusals).containsExactly(new Refusal("limit", "application.limit.reached", 3, "Szkoła podstawowa", 3L));
        assertThat(GRANTS.checkSubmission(34, "Poradnia", 6, Instant.parse("2026-11-27T10:00:00Z")))
                .extracting(Refusal::messageKey).containsExactly("application.limit.reached");
    }

    @Test
    void outsideTheWindowAndNotEligibleAreRefusedWithTheDates() {
        var late = GRANTS.checkSubmission(2, "Szkoła podstawowa", 0, Instant.parse("2026-12-16T08:00:00Z"));
        assertThat(late).containsExactly(new Refusal("window", "application.window.closed", "15.11.2026", "15.12.2026"));
        var early = GRANTS.checkSubmission(2, "Szkoła podstawowa", 0, Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(early).extracting(Refusal::messageKey).containsExactly("application.window.notYet");
        var lyceum = GRANTS.checkSubmission(14, "Liceum ogólnokształcące", 0, Instant.parse("2026-12-16T08:00:00Z"));
        assertThat(lyceum).extracting(Refusal::messageKey).containsExactly("application.window.closed", "application.unit.notEligible");
    }

    @Test
    void aCorrectionMayComeAfterTheWindowUntilItsDeadline() {
        Instant afterWindow = Instant.parse("2026-12-20T10:00:00Z");
        assertThat(GRANTS.checkResubmission(afterWindow, LocalDate.of(2026, 12, 20))).isEmpty();
        assertThat(GRANTS.checkResubmission(afterWindow, LocalDate.of(2026, 12, 19)))
                .containsExactly(new Refusal("window", "application.correction.late", "19.12.2026"));
        assertThat(GRANTS.checkResubmission(afterWindow, null)).extracting(Refusal::messageKey).containsExactly("application.window.closed");
        assertThat(GRANTS.checkResubmission(Instant.parse("2026-12-01T10:00:00Z"), LocalDate.of(2026, 11, 20)))
                .as("in the window a correction is always in time").isEmpty();
    }

    @Test
    void requestedAmounts() {
        assertThat(GRANTS.checkRequested(new BigDecimal("12500.50"))).isEmpty();
        assertThat(GRANTS.checkRequested(new BigDecimal("25000"))).as("above the maximum: accepted, the split caps it").isEmpty();
        assertThat(GRANTS.checkRequested(new BigDecimal("0"))).extracting(Refusal::messageKey).containsExactly("application.amount.invalid");
        assertThat(GRANTS.checkRequested(new BigDecimal("10.005"))).extracting(Refusal::messageKey).containsExactly("application.amount.invalid");
        assertThat(GRANTS.checkRequested(new BigDecimal("100000.01"))).extracting(Refusal::messageKey).containsExactly("application.amount.overBudget");
        assertThat(GRANTS.checkRequested(null)).extracting(Refusal::messageKey).containsExactly("validation.required");
    }

    @Test
    void rulesThatMakeNoSenseAreRefusedAllAtOnce() {
        assertThatThrownBy(() -> new CallRules(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 11, 15), Set.of(), Map.of(2, 0), 0,
                new BigDecimal("-1"), null, false))
                .isInstanceOfSatisfying(Refusal.Refused.class, e -> assertThat(e.refusals()).extracting(Refusal::field)
                        .containsExactly("closesOn", "eligibleUnitTypes", "limits", "defaultLimit", "budget"));
        assertThatThrownBy(() -> new CallRules(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 15), Set.of(2), Map.of(), 3,
                new BigDecimal("1000"), new BigDecimal("1000.01"), false))
                .isInstanceOfSatisfying(Refusal.Refused.class, e -> assertThat(e.refusals()).extracting(Refusal::messageKey)
                        .containsExactly("application.call.max.overBudget"));
        assertThatThrownBy(() -> new CallRules(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 15), Set.of(2), Map.of(), 3,
                new BigDecimal("1000.001"), null, false)).isInstanceOf(Refusal.Refused.class);
    }
}
