package pl.edugmina.applications.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of an application (wniosek):
 * <pre>
 * DRAFT ─▶ SUBMITTED ─▶ UNDER_EVALUATION ─▶ EVALUATED ─▶ RECOMMENDED ─────▶ GRANTED ─▶ REPORT_SUBMITTED ─▶ SETTLED
 *              │  ▲                                   └▶ NOT_RECOMMENDED ─┴▶ REJECTED        │  ▲
 *              ▼  │                                                                          ▼  │
 *            RETURNED (corrections)                                           report returned: GRANTED
 * </pre>
 * The mayor's decision is final and may differ from the recommendation, so both RECOMMENDED and NOT_RECOMMENDED
 * lead to GRANTED or REJECTED. Every other move is illegal.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, RETURNED, UNDER_EVALUATION, EVALUATED, RECOMMENDED, NOT_RECOMMENDED, GRANTED, REJECTED,
    REPORT_SUBMITTED, SETTLED;

    /** The status as the applicant reads it (documents, messages). */
    public String polish() {
        return switch (this) {
            case DRAFT -> "wersja robocza";
            case SUBMITTED -> "złożony";
            case RETURNED -> "zwrócony do poprawy";
            case UNDER_EVALUATION -> "w ocenie komisji";
            case EVALUATED -> "oceniony";
            case RECOMMENDED -> "rekomendowany";
            case NOT_RECOMMENDED -> "nierekomendowany";
            case GRANTED -> "przyznano środki";
            case REJECTED -> "nie przyznano środków";
            case REPORT_SUBMITTED -> "sprawozdanie złożone";
            case SETTLED -> "rozliczony";
        };
    }

    /** A move the life cycle does not allow. */
    public static final class IllegalTransition extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final ApplicationStatus from;
        private final ApplicationStatus to;

        IllegalTransition(ApplicationStatus from, ApplicationStatus to) {
            super(from + " → " + to);
            this.from = from;
            this.to = to;
        }

        public ApplicationStatus from() {
            return from;
        }

        public ApplicationStatus to() {
            return to;
        }
    }

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(RETURNED, UNDER_EVALUATION);
            case RETURNED -> EnumSet.of(SUBMITTED);
            case UNDER_EVALUATION -> EnumSet.of(EVALUATED);
            case EVALUATED -> EnumSet.of(RECOMMENDED, NOT_RECOMMENDED);
            case RECOMMENDED, NOT_RECOMMENDED -> EnumSet.of(GRANTED, REJECTED);
            case GRANTED -> EnumSet.of(REPORT_SUBMITTED);
            case REPORT_SUBMITTED -> EnumSet.of(SETTLED, GRANTED);
            case REJECTED, SETTLED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    /** The new status, or {@link IllegalTransition}. */
    public ApplicationStatus moveTo(ApplicationStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalTransition(this, target);
        }
        return target;
    }

    /** The unit may change the content: a draft, or an application returned for corrections. */
    public boolean editableByUnit() {
        return this == DRAFT || this == RETURNED;
    }

    /**
     * Takes one of the unit's places under the call's limit: everything once submitted (also while returned for
     * corrections, so a correction never finds its place taken); drafts do not.
     */
    public boolean countsTowardsLimit() {
        return this != DRAFT;
    }

    /** The mayor decided (the post-project part of the cycle included). */
    public boolean decided() {
        return this == GRANTED || this == REJECTED || this == REPORT_SUBMITTED || this == SETTLED;
    }
}
