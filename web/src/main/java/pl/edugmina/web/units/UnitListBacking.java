package pl.edugmina.web.units;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import pl.edugmina.registry.application.UnitGroupService;
import pl.edugmina.registry.application.UnitQuery;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitRow;
import pl.edugmina.registry.domain.UnitType;
import pl.edugmina.web.support.PageModel;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The registry list (units/list.xhtml): lazy paging over the scoped search, filters, sorting, export. */
@Named
@ViewScoped
public class UnitListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UnitRegistryService registry;

    @Inject
    private UnitGroupService groups;

    private String text;
    private Integer typeId;
    private Boolean publicUnit;
    private Long groupId;
    private Boolean active = Boolean.TRUE;
    private List<UnitType> types;
    private List<UnitGroupService.GroupRow> customGroups;
    private final LazyDataModel<UnitRow> units = new PageModel<>(
            (first, size, sort, asc) -> registry.search(query(first, size, sort == null ? "name" : sort, asc)), UnitRow::id);

    @PostConstruct
    void init() {
        types = registry.types();
        customGroups = groups.customGroups();
    }

    UnitQuery query(int first, int pageSize, String sortField, boolean asc) {
        return new UnitQuery(text, typeId, publicUnit, null, groupId, active, sortField, asc, first, pageSize);
    }

    public void search() {
        // the table re-reads the model with the new filters
    }

    public void clear() {
        text = null;
        typeId = null;
        publicUnit = null;
        groupId = null;
        active = Boolean.TRUE;
    }

    /** Link of the export with the current filters (the API applies the same scope). */
    public String exportUrl(String format) {
        StringBuilder sb = new StringBuilder("api/units/export?format=").append(format);
        if (text != null && !text.isBlank()) {
            sb.append("&text=").append(URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        if (typeId != null) {
            sb.append("&typeId=").append(typeId);
        }
        if (publicUnit != null) {
            sb.append("&publicUnit=").append(publicUnit);
        }
        if (groupId != null) {
            sb.append("&groupId=").append(groupId);
        }
        if (active != null) {
            sb.append("&active=").append(active);
        }
        return sb.toString();
    }

    /** The type's name in the user's language. */
    public String typeName(int typeId) {
        java.util.Locale locale = pl.edugmina.web.support.Faces.locale();
        return types.stream().filter(t -> t.id() == typeId).map(t -> t.name(locale)).findFirst().orElse("");
    }

    public LazyDataModel<UnitRow> getUnits() { return units; }
    public List<UnitType> getTypes() { return types; }
    public List<UnitGroupService.GroupRow> getCustomGroups() { return customGroups; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Integer getTypeId() { return typeId; }
    public void setTypeId(Integer typeId) { this.typeId = typeId; }
    public Boolean getPublicUnit() { return publicUnit; }
    public void setPublicUnit(Boolean publicUnit) { this.publicUnit = publicUnit; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
}
