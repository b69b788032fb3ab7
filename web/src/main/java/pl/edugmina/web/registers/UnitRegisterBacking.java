package pl.edugmina.web.registers;

import jakarta.inject.Inject;
import pl.edugmina.common.ValidationException;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.security.ActorService;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the screens of the units' registers share: the units the user keeps registers for, the unit a new entry is for
 * (the user's own unit when they keep its registers, else the first they keep), the open units to filter by, and
 * dates written dd.MM.yyyy.
 */
public abstract class UnitRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UnitRegistryService registry;

    @Inject
    private ActorService actors;

    private Long unitId;
    private List<UnitView.Ref> myUnits;
    private List<UnitView.Ref> allUnits;

    /** The units the user keeps the register for (empty for the department). */
    public List<UnitView.Ref> getMyUnits() {
        if (myUnits == null) {
            var me = actors.current();
            myUnits = registry.openUnits().stream().filter(u -> me.canKeepRegistersOf(u.id())).toList();
            if (unitId == null && !myUnits.isEmpty()) {
                unitId = me.unitId() != null && me.canKeepRegistersOf(me.unitId()) ? me.unitId() : myUnits.get(0).id();
            }
        }
        return myUnits;
    }

    public boolean canKeep(long unit) {
        return actors.current().canKeepRegistersOf(unit);
    }

    public List<UnitView.Ref> getAllUnits() {
        if (allUnits == null) {
            allUnits = registry.openUnits();
        }
        return allUnits;
    }

    /** dd.MM.yyyy, or empty. */
    public String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }

    /** The unit a new entry is for; none chosen is named next to the field {@code unit}. */
    protected long chosenUnit() {
        if (unitId == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("unit", "validation.required")));
        }
        return unitId;
    }

    protected ActorService actors() {
        return actors;
    }
}
