package pl.edugmina.repairs.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a repair request: from which states each is allowed, the state it leads to and who takes it.
 * This table is the whole status machine; {@link Repair} applies it and refuses everything else.
 */
public enum RepairAction {
    SUBMIT("złożenie", Side.UNIT, RepairStatus.SUBMITTED),
    REVIEW("przyjęcie do rozpatrzenia", Side.DEPARTMENT, RepairStatus.UNDER_REVIEW, RepairStatus.SUBMITTED),
    RETURN("zwrot do poprawy", Side.DEPARTMENT, RepairStatus.RETURNED, RepairStatus.UNDER_REVIEW),
    RESUBMIT("ponowne złożenie", Side.UNIT, RepairStatus.SUBMITTED, RepairStatus.RETURNED),
    APPROVE("przydział środków", Side.DEPARTMENT, RepairStatus.APPROVED, RepairStatus.UNDER_REVIEW),
    REJECT("odrzucenie", Side.DEPARTMENT, RepairStatus.REJECTED, RepairStatus.UNDER_REVIEW),
    START("rozpoczęcie prac", Side.DEPARTMENT, RepairStatus.IN_PROGRESS, RepairStatus.APPROVED),
    SETTLE("rozliczenie", Side.DEPARTMENT, RepairStatus.DONE, RepairStatus.IN_PROGRESS),
    ACCEPT("odbiór", Side.UNIT, RepairStatus.ACCEPTED, RepairStatus.DONE),
    /** The unit refuses to accept the work (incomplete, defective): back to the work, to be settled again. */
    REFUSE_ACCEPTANCE("odmowa odbioru", Side.UNIT, RepairStatus.IN_PROGRESS, RepairStatus.DONE),
    CLOSE("zamknięcie", Side.DEPARTMENT, RepairStatus.CLOSED, RepairStatus.ACCEPTED);

    /** Who takes the step: the requesting unit or the education department. */
    public enum Side { UNIT, DEPARTMENT }

    private final String label;
    private final Side side;
    private final RepairStatus to;
    private final Set<RepairStatus> from;

    RepairAction(String label, Side side, RepairStatus to, RepairStatus... from) {
        this.label = label;
        this.side = side;
        this.to = to;
        this.from = from.length == 0 ? EnumSet.noneOf(RepairStatus.class) : EnumSet.of(from[0], from);
    }

    /** The step in Polish, for messages and the audit log. */
    public String label() {
        return label;
    }

    public Side side() {
        return side;
    }

    public RepairStatus to() {
        return to;
    }

    public boolean allowedFrom(RepairStatus status) {
        return from.contains(status);
    }

    /**
     * A comment is required when the department sends a request back or refuses it (the unit must know why), and when
     * the unit refuses to accept the work (the department and the contractor must know what to put right).
     */
    public boolean requiresComment() {
        return this == RETURN || this == REJECT || this == REFUSE_ACCEPTANCE;
    }

    /** The message key saying that the comment this step requires is missing (it names who must know why). */
    public String missingCommentKey() {
        return this == REFUSE_ACCEPTANCE ? "repair.refusal.required" : "repair.comment.required";
    }

    /** The actions possible from {@code status}, in the order of the way. */
    public static Set<RepairAction> from(RepairStatus status) {
        Set<RepairAction> out = EnumSet.noneOf(RepairAction.class);
        for (RepairAction a : values()) {
            if (a.allowedFrom(status)) {
                out.add(a);
            }
        }
        return out;
    }
}
