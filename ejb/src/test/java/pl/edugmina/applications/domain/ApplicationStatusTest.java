package pl.edugmina.applications.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.edugmina.applications.domain.ApplicationStatus.*;

class ApplicationStatusTest {

    @Test
    void theWholeLifeCycleWithACorrectionAndAReturnedReport() {
        List<ApplicationStatus> path = List.of(DRAFT, SUBMITTED, RETURNED, SUBMITTED, UNDER_EVALUATION, EVALUATED, RECOMMENDED, GRANTED,
                REPORT_SUBMITTED, GRANTED, REPORT_SUBMITTED, SETTLED);
        ApplicationStatus s = path.get(0);
        for (ApplicationStatus next : path.subList(1, path.size())) {
            s = s.moveTo(next);
        }
        assertThat(s).isEqualTo(SETTLED);
        assertThat(SETTLED.next()).isEmpty();
        assertThat(REJECTED.next()).isEmpty();
    }

    @Test
    void theMayorMayDecideOtherwiseThanRecommended() {
        assertThat(NOT_RECOMMENDED.canMoveTo(GRANTED)).isTrue();
        assertThat(RECOMMENDED.canMoveTo(REJECTED)).isTrue();
    }

    @Test
    void illegalMovesAreRefusedNamingBothStates() {
        assertThatThrownBy(() -> DRAFT.moveTo(GRANTED)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
            assertThat(e.from()).isEqualTo(DRAFT);
            assertThat(e.to()).isEqualTo(GRANTED);
        });
        assertThatThrownBy(() -> SUBMITTED.moveTo(EVALUATED)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> RETURNED.moveTo(UNDER_EVALUATION)).as("a returned application must be resubmitted first")
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> UNDER_EVALUATION.moveTo(RECOMMENDED)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> REJECTED.moveTo(GRANTED)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> SETTLED.moveTo(GRANTED)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> GRANTED.moveTo(SETTLED)).as("no settlement without a report").isInstanceOf(IllegalTransition.class);
        for (ApplicationStatus s : values()) {
            assertThat(s.canMoveTo(s)).as(s + " to itself").isFalse();
            assertThat(s.canMoveTo(DRAFT)).as("nothing goes back to a draft").isFalse();
        }
    }

    @Test
    void everyStatusIsReachableFromADraft() {
        EnumSet<ApplicationStatus> seen = EnumSet.of(DRAFT);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ApplicationStatus s : EnumSet.copyOf(seen)) {
                grew |= seen.addAll(s.next());
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(values());
    }

    @Test
    void onlyDraftsAndReturnedApplicationsAreEditedAndOnlyDraftsLeaveTheLimitFree() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::editableByUnit)).containsExactly(DRAFT, RETURNED);
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(s -> !s.countsTowardsLimit())).containsExactly(DRAFT);
    }
}
