package pl.edugmina.repairs.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepairTest {

    private static final Instant T = Instant.parse("2026-03-02T08:00:00Z");
    private static final RepairDraft LEAKING_ROOF = new RepairDraft("Przeciekający dach nad salą gimnastyczną",
            "Po każdym deszczu woda kapie na parkiet.", "sala gimnastyczna", "ROOF", "URGENT", new BigDecimal("48000.00"));

    private static PoolBalance pool(String amount, PoolBalance.Commitment... held) {
        return PoolBalance.of(2026, new BigDecimal(amount), List.of(held));
    }

    private static Repair submitted() {
        return new Repair(7L, LEAKING_ROOF, "dyrektor.szkoly", T);
    }

    private static Repair inState(RepairStatus target) {
        Repair r = submitted();
        switch (target) {
            case SUBMITTED -> { }
            case UNDER_REVIEW -> r.review(T);
            case RETURNED -> { r.review(T); r.returnToUnit(T, "Proszę dołączyć kosztorys."); }
            case REJECTED -> { r.review(T); r.reject(T, "Naprawa w ramach gwarancji wykonawcy."); }
            case APPROVED -> { r.review(T); r.approve(T, new BigDecimal("45000"), pool("100000"), null); }
            case IN_PROGRESS -> { r.review(T); r.approve(T, new BigDecimal("45000"), pool("100000"), null); r.start(T, null); }
            case DONE -> { r.review(T); r.approve(T, new BigDecimal("45000"), pool("100000"), null); r.start(T, null);
                r.settle(T, new BigDecimal("44100.50"), "FV 12/2026", pool("100000", new PoolBalance.Commitment(new BigDecimal("45000.00"), null)), null); }
            case ACCEPTED -> { r = inState(RepairStatus.DONE); r.accept(T, "Odebrano bez zastrzeżeń."); }
            case CLOSED -> { r = inState(RepairStatus.ACCEPTED); r.close(T, null); }
        }
        assertThat(r.status()).isEqualTo(target);
        return r;
    }

    @Test
    void theWholeWayFromTheRequestToTheClosedCase() {
        Repair r = submitted();
        assertThat(r.status()).isEqualTo(RepairStatus.SUBMITTED);
        assertThat(r.submitted().to()).isEqualTo(RepairStatus.SUBMITTED);

        assertThat(r.review(T).to()).isEqualTo(RepairStatus.UNDER_REVIEW);
        Repair.Step back = r.returnToUnit(T, "Proszę dołączyć zdjęcia przecieku.");
        assertThat(back.from()).isEqualTo(RepairStatus.UNDER_REVIEW);
        assertThat(r.status()).isEqualTo(RepairStatus.RETURNED);
        assertThat(r.lastComment()).isEqualTo("Proszę dołączyć zdjęcia przecieku.");

        RepairDraft corrected = new RepairDraft(LEAKING_ROOF.title(), LEAKING_ROOF.description() + " Zdjęcia w załączeniu.",
                null, "ROOF", "SAFETY_HAZARD", new BigDecimal("52000"));
        assertThat(r.resubmit(T, corrected, null).to()).isEqualTo(RepairStatus.SUBMITTED);
        assertThat(r.priorityCode()).isEqualTo("SAFETY_HAZARD");
        assertThat(r.estimatedCost()).isEqualByComparingTo("52000.00");

        r.review(T);
        Repair.Step approved = r.approve(T, new BigDecimal("50000"), pool("200000"), "Z puli 2026");
        assertThat(approved.amount()).isEqualByComparingTo("50000.00");
        assertThat(r.poolYear()).isEqualTo(2026);
        assertThat(r.held()).isEqualByComparingTo("50000.00");

        r.start(T, null);
        r.settle(T, new BigDecimal("49999.99"), " FV/2026/03/17 ", pool("200000", new PoolBalance.Commitment(new BigDecimal("50000.00"), null)), null);
        assertThat(r.status()).isEqualTo(RepairStatus.DONE);
        assertThat(r.invoiceNumber()).isEqualTo("FV/2026/03/17");
        assertThat(r.held()).as("the actual cost replaces the allocation").isEqualByComparingTo("49999.99");

        r.accept(T, null);
        r.close(T, "Zamknięto.");
        assertThat(r.status()).isEqualTo(RepairStatus.CLOSED);
        assertThat(r.status().isFinal()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(RepairStatus.class)
    void everyStepNotInTheTableIsRefusedAndChangesNothing(RepairStatus state) {
        for (RepairAction action : RepairAction.values()) {
            if (action == RepairAction.SUBMIT || action.allowedFrom(state)) {
                continue;
            }
            Repair r = inState(state);
            assertThatThrownBy(() -> take(r, action))
                    .as(action + " from " + state)
                    .isInstanceOfSatisfying(RepairRuleException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("repair.transition.illegal");
                        assertThat(e.arguments()).containsExactly(action.name(), state.name());
                    });
            assertThat(r.status()).isEqualTo(state);
        }
    }

    @Test
    void theTableAllowsExactlyTheDocumentedWay() {
        assertThat(RepairAction.from(RepairStatus.SUBMITTED)).containsExactly(RepairAction.REVIEW);
        assertThat(RepairAction.from(RepairStatus.UNDER_REVIEW)).containsExactly(RepairAction.RETURN, RepairAction.APPROVE, RepairAction.REJECT);
        assertThat(RepairAction.from(RepairStatus.RETURNED)).containsExactly(RepairAction.RESUBMIT);
        assertThat(RepairAction.from(RepairStatus.APPROVED)).containsExactly(RepairAction.START);
        assertThat(RepairAction.from(RepairStatus.IN_PROGRESS)).containsExactly(RepairAction.SETTLE);
        assertThat(RepairAction.from(RepairStatus.DONE)).containsExactly(RepairAction.ACCEPT, RepairAction.REFUSE_ACCEPTANCE);
        assertThat(RepairAction.from(RepairStatus.ACCEPTED)).containsExactly(RepairAction.CLOSE);
        assertThat(RepairAction.from(RepairStatus.REJECTED)).isEmpty();
        assertThat(RepairAction.from(RepairStatus.CLOSED)).isEmpty();
        assertThat(EnumSet.of(RepairAction.SUBMIT, RepairAction.RESUBMIT, RepairAction.ACCEPT, RepairAction.REFUSE_ACCEPTANCE))
                .allMatch(a -> a.side() == RepairAction.Side.UNIT);
        assertThat(RepairAction.REFUSE_ACCEPTANCE.to()).isEqualTo(RepairStatus.IN_PROGRESS);
    }

    @Test
    void returningAndRejectingNeedAReason() {
        Repair r = inState(RepairStatus.UNDER_REVIEW);
        assertThatThrownBy(() -> r.returnToUnit(T, "  ")).isInstanceOfSatisfying(RepairRuleException.class,
                e -> assertThat(e.field()).isEqualTo("comment"));
        assertThatThrownBy(() -> r.reject(T, null)).isInstanceOf(RepairRuleException.class);
        assertThat(r.status()).isEqualTo(RepairStatus.UNDER_REVIEW);
    }

    @Test
    void theUnitRefusesToAcceptDefectiveWorkWithAReasonAndAcceptsItOnceSettledAgain() {
        Repair r = inState(RepairStatus.DONE); // allocated 45 000,00, settled 44 100,50 (FV 12/2026)
        assertThatThrownBy(() -> r.refuseAcceptance(T, " ")).isInstanceOfSatisfying(RepairRuleException.class, e -> {
            assertThat(e.field()).isEqualTo("comment");
            assertThat(e.messageKey()).isEqualTo("repair.refusal.required");
        });
        assertThat(r.status()).as("a refusal without a reason changes nothing").isEqualTo(RepairStatus.DONE);
        assertThat(r.actualCost()).isEqualByComparingTo("44100.50");

        Repair.Step refused = r.refuseAcceptance(T, " Nie wymieniono rynien od strony boiska. ");
        assertThat(refused.action()).isEqualTo(RepairAction.REFUSE_ACCEPTANCE);
        assertThat(refused.from()).isEqualTo(RepairStatus.DONE);
        assertThat(refused.to()).isEqualTo(RepairStatus.IN_PROGRESS);
        assertThat(refused.comment()).isEqualTo("Nie wymieniono rynien od strony boiska.");
        assertThat(r.lastComment()).isEqualTo("Nie wymieniono rynien od strony boiska.");
        assertThat(r.actualCost()).as("the settlement is withdrawn").isNull();
        assertThat(r.invoiceNumber()).isNull();
        assertThat(r.allocatedAmount()).as("the settled cost stays reserved").isEqualByComparingTo("44100.50");
        assertThat(r.held()).as("the pool neither gains nor loses by the refusal").isEqualByComparingTo("44100.50");
        assertThat(refused.amount()).isEqualByComparingTo("44100.50");
        assertThat(RepairAction.from(r.status())).containsExactly(RepairAction.SETTLE);
        assertThatThrownBy(() -> r.accept(T, null)).as("nothing to accept until settled again").isInstanceOf(RepairRuleException.class);
        assertThatThrownBy(() -> r.refuseAcceptance(T, "jeszcze raz")).isInstanceOf(RepairRuleException.class);

        // put right and settled again, with a correcting invoice up to the reserved cost: nothing more from the pool
        PoolBalance full = pool("44100.50", new PoolBalance.Commitment(new BigDecimal("44100.50"), null));
        r.settle(T, new BigDecimal("44100.50"), "FV 12/2026/K1", full, "Rynny wymienione.");
        assertThat(r.status()).isEqualTo(RepairStatus.DONE);
        assertThat(r.invoiceNumber()).isEqualTo("FV 12/2026/K1");
        r.accept(T, "Odebrano po poprawkach.");
        r.close(T, null);
        assertThat(r.status()).isEqualTo(RepairStatus.CLOSED);
    }

    @Test
    void aSettlementAboveTheReservedCostAfterARefusalNeedsRoomInThePool() {
        Repair r = inState(RepairStatus.DONE);
        r.refuseAcceptance(T, "Przecieka nadal przy kominie.");
        PoolBalance full = pool("44100.50", new PoolBalance.Commitment(new BigDecimal("44100.50"), null));
        assertThatThrownBy(() -> r.settle(T, new BigDecimal("44100.51"), "FV 13/2026", full, null))
                .isInstanceOfSatisfying(RepairRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("repair.pool.exceeded"));
        assertThat(r.status()).isEqualTo(RepairStatus.IN_PROGRESS);
    }

    @Test
    void anAllocationAboveWhatRemainsIsRefusedWithTheFigures() {
        Repair r = inState(RepairStatus.UNDER_REVIEW);
        PoolBalance balance = pool("100000", new PoolBalance.Commitment(new BigDecimal("70000.00"), null));
        assertThatThrownBy(() -> r.approve(T, new BigDecimal("30000.01"), balance, null))
                .isInstanceOfSatisfying(RepairRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("repair.pool.exceeded");
                    assertThat(e.arguments()).containsExactly("30 000,01 zł", "2026", "30 000,00 zł", "100 000,00 zł", "70 000,00 zł");
                });
        assertThat(r.status()).isEqualTo(RepairStatus.UNDER_REVIEW);
        assertThat(r.allocatedAmount()).isNull();

        r.approve(T, new BigDecimal("30000.00"), balance, null);
        assertThat(r.status()).as("exactly what remains fits").isEqualTo(RepairStatus.APPROVED);
    }

    @Test
    void amountsMustBePositiveWithAtMostTwoDecimalPlaces() {
        Repair r = inState(RepairStatus.UNDER_REVIEW);
        for (String bad : new String[] {"0", "-5", "10.001"}) {
            assertThatThrownBy(() -> r.approve(T, new BigDecimal(bad), pool("100000"), null)).as(bad)
                    .isInstanceOfSatisfying(RepairRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("repair.amount.invalid"));
        }
        assertThatThrownBy(() -> r.approve(T, null, pool("100000"), null)).isInstanceOf(RepairRuleException.class);
    }

    @Test
    void aSettlementAboveTheAllocationTakesTheDifferenceFromThePoolOrIsRefused() {
        Repair r = inState(RepairStatus.IN_PROGRESS); // holds 45 000,00
        PoolBalance tight = pool("50000", new PoolBalance.Commitment(new BigDecimal("45000.00"), null));
        assertThatThrownBy(() -> r.settle(T, new BigDecimal("50000.01"), "FV 1", tight, null))
                .isInstanceOfSatisfying(RepairRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("repair.pool.exceeded"));
        assertThatThrownBy(() -> r.settle(T, new BigDecimal("100"), " ", tight, null))
                .isInstanceOfSatisfying(RepairRuleException.class, e -> assertThat(e.field()).isEqualTo("invoiceNumber"));
        assertThat(r.status()).isEqualTo(RepairStatus.IN_PROGRESS);
        r.settle(T, new BigDecimal("50000.00"), "FV 1", tight, null);
        assertThat(r.held()).isEqualByComparingTo("50000.00");
    }

    @Test
    void aDraftNamesEveryWrongField() {
        RepairDraft empty = new RepairDraft(" ", null, "x".repeat(301), "", null, new BigDecimal("-1"));
        assertThat(empty.problems()).extracting(RepairDraft.Problem::field)
                .containsExactly("title", "description", "location", "category", "priority", "estimatedCost");
        assertThat(LEAKING_ROOF.problems()).isEmpty();
    }

    private static void take(Repair r, RepairAction action) {
        PoolBalance big = pool("1000000", new PoolBalance.Commitment(new BigDecimal("45000.00"), null));
        switch (action) {
            case REVIEW -> r.review(T);
            case RETURN -> r.returnToUnit(T, "komentarz");
            case RESUBMIT -> r.resubmit(T, LEAKING_ROOF, null);
            case APPROVE -> r.approve(T, new BigDecimal("1000"), big, null);
            case REJECT -> r.reject(T, "komentarz");
            case START -> r.start(T, null);
            case SETTLE -> r.settle(T, new BigDecimal("1000"), "FV", big, null);
            case ACCEPT -> r.accept(T, null);
            case REFUSE_ACCEPTANCE -> r.refuseAcceptance(T, "prace niekompletne");
            case CLOSE -> r.close(T, null);
            case SUBMIT -> throw new IllegalStateException();
        }
    }
}
