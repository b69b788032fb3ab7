package pl.edugmina.web.applications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.applications.application.ApplicationService;

import java.io.Serializable;
import java.util.List;

/** applications/mine.xhtml ("Wnioski"): the calls open to the user's units and the units' applications with their status. */
@Named
@ViewScoped
public class MyApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    private List<ApplicationService.OpenCall> openCalls;
    private List<ApplicationService.MyRow> rows;

    public List<ApplicationService.OpenCall> getOpenCalls() {
        if (openCalls == null) {
            openCalls = applications.openCalls();
        }
        return openCalls;
    }

    public List<ApplicationService.MyRow> getRows() {
        if (rows == null) {
            rows = applications.mine();
        }
        return rows;
    }
}
