package pl.edugmina.web.applications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.applications.application.ApplicationCallService;
import pl.edugmina.common.BusinessException;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.util.List;

/** applications/kinds.xhtml: the kinds of applications the department runs calls of, and a new kind. */
@Named
@ViewScoped
public class KindsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationCallService calls;

    private String code;
    private String name;
    private String description;
    private List<ApplicationCallService.Kind> kinds;

    @Inject
    private pl.edugmina.security.ActorService actors;

    /** Whether the user may add kinds (those who open calls). */
    public boolean isCanCreate() {
        return actors.current().canCreateApplicationCalls();
    }

    public List<ApplicationCallService.Kind> getKinds() {
        if (kinds == null) {
            kinds = calls.kinds();
        }
        return kinds;
    }

    public void create() {
        try {
            calls.createKind(code, name, description);
            Faces.info("application.kind.created", name.strip());
            code = name = description = null;
            kinds = null;
        } catch (BusinessException e) {
            Faces.show(e, "kindForm");
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
