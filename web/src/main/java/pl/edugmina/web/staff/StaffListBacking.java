package pl.edugmina.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import pl.edugmina.common.BusinessException;
import pl.edugmina.registry.application.StaffDirectoryService;
import pl.edugmina.registry.application.StaffDirectoryService.StaffQuery;
import pl.edugmina.registry.application.StaffDirectoryService.StaffRow;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.web.support.Faces;
import pl.edugmina.web.support.PageModel;

import java.io.Serializable;
import java.util.List;

/** staff/list.xhtml: the staff directory with search and editing where allowed. */
@Named
@ViewScoped
public class StaffListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffDirectoryService staff;

    @Inject
    private UnitRegistryService registry;

    private String text;
    private Long unitId;
    private boolean departmentOnly;
    private List<UnitView.Ref> units;

    private Long editedId;
    private Long editedUnitId;
    private String firstName;
    private String lastName;
    private String position;
    private String email;
    private String phone;
    private boolean editing;

    private final LazyDataModel<StaffRow> rows = new PageModel<>(
            (first, size, sort, asc) -> staff.search(new StaffQuery(text, unitId, departmentOnly, first, size)), StaffRow::id);

    @PostConstruct
    void init() {
        units = registry.options();
    }

    public void search() {
        // the table reloads with the filters
    }

    public void startNew() {
        editedId = null;
        editedUnitId = unitId;
        firstName = lastName = position = email = phone = null;
        editing = true;
    }

    public void startEdit(StaffRow r) {
        editedId = r.id();
        editedUnitId = r.unitId();
        firstName = r.firstName();
        lastName = r.lastName();
        position = r.position();
        email = r.email();
        phone = r.phone();
        editing = true;
    }

    public void save() {
        try {
            staff.save(editedId, editedUnitId, firstName, lastName, position, email, phone);
            editing = false;
            Faces.info("staff.saved");
        } catch (BusinessException e) {
            Faces.show(e, "staffEditForm");
        }
    }

    public void cancel() {
        editing = false;
    }

    public LazyDataModel<StaffRow> getRows() { return rows; }
    public List<UnitView.Ref> getUnits() { return units; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public boolean isDepartmentOnly() { return departmentOnly; }
    public void setDepartmentOnly(boolean departmentOnly) { this.departmentOnly = departmentOnly; }
    public boolean isEditing() { return editing; }
    public Long getEditedId() { return editedId; }
    public Long getEditedUnitId() { return editedUnitId; }
    public void setEditedUnitId(Long editedUnitId) { this.editedUnitId = editedUnitId; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
