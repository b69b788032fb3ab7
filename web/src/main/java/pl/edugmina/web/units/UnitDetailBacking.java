package pl.edugmina.web.units;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.registry.application.StaffDirectoryService;
import pl.edugmina.registry.application.StaffDirectoryService.StaffRow;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;

import java.io.Serializable;
import java.util.List;

/** units/detail.xhtml: everything about one unit, with its staff. */
@Named
@ViewScoped
public class UnitDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UnitRegistryService registry;

    @Inject
    private StaffDirectoryService staffDirectory;

    private Long id;
    private UnitView unit;
    private List<StaffRow> staff;

    public void load() {
        if (id == null) {
            throw new pl.edugmina.common.NotFoundException("Unit", "?");
        }
        unit = registry.get(id);
        staff = staffDirectory.search(new StaffDirectoryService.StaffQuery(null, id, false, 0, 200)).rows();
    }

    /** The unit's type in the user's language. */
    public String getTypeName() {
        java.util.Locale locale = pl.edugmina.web.support.Faces.locale();
        return registry.types().stream().filter(t -> t.id().equals(unit.data().typeId()))
                .map(t -> t.name(locale)).findFirst().orElse(unit.typeName());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public UnitView getUnit() { return unit; }
    public List<StaffRow> getStaff() { return staff; }
}
