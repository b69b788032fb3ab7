package pl.edugmina.web.units;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.registry.application.UnitGroupService;
import pl.edugmina.registry.application.UnitGroupService.GroupRow;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** units/groups.xhtml: built-in groups by type and user-defined groups, with an editor. */
@Named
@ViewScoped
public class GroupsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UnitGroupService groups;

    @Inject
    private UnitRegistryService registry;

    private List<GroupRow> builtIn;
    private List<GroupRow> custom;
    private List<UnitView.Ref> unitOptions;

    private Long editedId;
    private Integer editedVersion;
    private String name;
    private String description;
    private List<Long> members = new ArrayList<>();
    private boolean editing;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        builtIn = groups.builtInGroups();
        custom = groups.customGroups();
    }

    public void startNew() {
        editedId = null;
        editedVersion = null;
        name = null;
        description = null;
        members = new ArrayList<>();
        editing = true;
        ensureOptions();
    }

    public void startEdit(long id) {
        var d = groups.get(id);
        editedId = d.id();
        editedVersion = d.version();
        name = d.name();
        description = d.description();
        members = new ArrayList<>(d.memberIds());
        editing = true;
        ensureOptions();
    }

    private void ensureOptions() {
        if (unitOptions == null) {
            unitOptions = registry.options();
        }
    }

    public void save() {
        try {
            groups.save(editedId, editedVersion, name, description, new HashSet<>(members));
            editing = false;
            reload();
            Faces.info("group.saved");
        } catch (BusinessException e) {
            Faces.show(e, "groupForm");
        }
    }

    public void delete(long id) {
        try {
            groups.delete(id);
            reload();
            Faces.info("group.deleted");
        } catch (BusinessException e) {
            Faces.show(e, "groupsForm");
        }
    }

    public void cancel() {
        editing = false;
    }

    public List<GroupRow> getBuiltIn() { return builtIn; }
    public List<GroupRow> getCustom() { return custom; }
    public List<UnitView.Ref> getUnitOptions() { return unitOptions; }
    public boolean isEditing() { return editing; }
    public Long getEditedId() { return editedId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<Long> getMembers() { return members; }
    public void setMembers(List<Long> members) { this.members = members; }
}
