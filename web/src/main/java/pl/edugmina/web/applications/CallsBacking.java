package pl.edugmina.web.applications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.applications.application.ApplicationCallService;

import java.io.Serializable;
import java.util.List;

/** applications/calls.xhtml: the department's calls for applications. */
@Named
@ViewScoped
public class CallsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationCallService calls;

    private List<ApplicationCallService.CallRow> rows;

    public List<ApplicationCallService.CallRow> getRows() {
        if (rows == null) {
            rows = calls.calls();
        }
        return rows;
    }
}
