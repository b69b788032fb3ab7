package pl.edugmina.web.units;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.registry.domain.UnitType;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.util.List;

/** units/edit.xhtml: the unit form (new unit when there is no id). */
@Named
@ViewScoped
public class UnitEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UnitRegistryService registry;

    private Long id;
    private int version;
    private boolean fullyEditable;
    private String title;
    private UnitForm form;
    private List<UnitType> types;

    public void load() {
        if (form != null) {
            return;
        }
        types = registry.types();
        if (id == null) {
            form = new UnitForm();
            form.setRunningBody("Gmina Lublin");
            fullyEditable = true;
            title = Faces.text("unit.new.title");
            return;
        }
        UnitView v = registry.get(id);
        if (!v.editable()) {
            throw new pl.edugmina.common.AccessDeniedException();
        }
        form = UnitForm.of(v.data());
        version = v.version();
        fullyEditable = v.fullyEditable();
        title = Faces.text("unit.edit.title") + ": " + v.data().name();
    }

    public String save() {
        try {
            if (id == null) {
                long newId = registry.create(form.toData());
                Faces.info("unit.created");
                return "/units/detail?faces-redirect=true&id=" + newId;
            }
            registry.update(id, version, form.toData());
            Faces.info("common.saved");
            return "/units/detail?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            Faces.show(e, "unitForm");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public UnitForm getForm() { return form; }
    public List<UnitType> getTypes() { return types; }
    public boolean isFullyEditable() { return fullyEditable; }
    public String getTitle() { return title; }
}
