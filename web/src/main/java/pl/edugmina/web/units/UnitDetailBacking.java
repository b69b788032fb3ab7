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
    private transient UnitRegistryService registry;

    @Inject
    private transient StaffDirectoryService staffDirectory;

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

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public UnitView getUnit() { return unit; }
    public List<StaffRow> getStaff() { return staff; }
}
