package pl.edugmina.repairs.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a repair request is on its way from the unit's request to the closed, accepted work. */
public enum RepairStatus {
    /** Sent by the unit, waiting for the department. */
    SUBMITTED("złożone"),
    /** The department is looking at it. */
    UNDER_REVIEW("w rozpatrzeniu"),
    /** Sent back to the unit with a comment; the unit corrects it and submits it again. */
    RETURNED("zwrócone do poprawy"),
    /** Money allocated from a year's pool. */
    APPROVED("zatwierdzone (środki przyznane)"),
    /** Refused with a reason (final). */
    REJECTED("odrzucone"),
    /** The work is being done (again, after the unit refused to accept it: to be completed or put right). */
    IN_PROGRESS("w realizacji"),
    /** The work is done and settled (actual cost, invoice). */
    DONE("wykonane i rozliczone"),
    /** The unit confirmed the work (odbiór). */
    ACCEPTED("odebrane przez placówkę"),
    /** The department closed the case (final). */
    CLOSED("zamknięte");

    private final String label;

    RepairStatus(String label) {
        this.label = label;
    }

    /** The state in Polish, for messages and the audit log (the screens use their resource bundles). */
    public String label() {
        return label;
    }

    /** States in which the request holds money of its year's pool. */
    public static final Set<RepairStatus> FUNDED = EnumSet.of(APPROVED, IN_PROGRESS, DONE, ACCEPTED, CLOSED);
    /** States in which the actual cost is known and replaces the allocation in the pool. */
    public static final Set<RepairStatus> SETTLED = EnumSet.of(DONE, ACCEPTED, CLOSED);
    /** States still waiting for the department's decision: the open needs of the city. */
    public static final Set<RepairStatus> AWAITING_DECISION = EnumSet.of(SUBMITTED, UNDER_REVIEW, RETURNED);

    public boolean isFinal() {
        return this == REJECTED || this == CLOSED;
    }

    public boolean isFunded() {
        return FUNDED.contains(this);
    }

    public boolean isSettled() {
        return SETTLED.contains(this);
    }
}
