package pl.edugmina.web.applications;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFiles;
import pl.edugmina.applications.application.ApplicationRepository;
import pl.edugmina.applications.application.ApplicationService;
import pl.edugmina.common.Money;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.messaging.domain.ReplyForm;
import pl.edugmina.web.support.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * applications/edit.xhtml: a unit writes an application to a call ({@code call} and {@code unit}) or changes its draft
 * or returned application ({@code id}); saves it as a draft, or saves and submits it. A refused submission leaves the
 * saved draft as it is, with every reason shown.
 */
@Named
@ViewScoped
public class ApplicationEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    private Long id;
    private Long call;
    private Long unit;
    private String callName;
    private String unitName;
    private ReplyForm form;
    private String title;
    private String amount;
    private Integer version;
    private FormFill fill = new FormFill();
    private List<ApplicationRepository.FileInfo> files = List.of();
    private transient UploadedFiles uploads;
    private String status;

    public void init() throws IOException {
        if (form != null || title != null) {
            return;
        }
        if (id != null) {
            ApplicationService.Detail d = applications.view(id);
            if (!d.canEdit()) {
                FacesContext.getCurrentInstance().getExternalContext().redirect(
                        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/applications/application.xhtml?id=" + id);
                return;
            }
            fromDetail(d);
            return;
        }
        if (call == null || unit == null) {
            throw new NotFoundException("call", "?");
        }
        ApplicationService.OpenCall c = applications.openCalls().stream().filter(x -> x.id() == call).findFirst()
                .orElseThrow(() -> new NotFoundException("call", call));
        var place = c.units().stream().filter(u -> u.unitId() == unit && u.canApply()).findFirst()
                .orElseThrow(() -> new NotFoundException("unit", unit));
        callName = c.name();
        unitName = place.unitName();
        form = c.form();
        fill = FormFill.of(form, null);
    }

    private void fromDetail(ApplicationService.Detail d) {
        call = d.callId();
        unit = d.unitId();
        callName = d.callName();
        unitName = d.unitName();
        form = d.form();
        title = d.title();
        amount = ApplicationFormat.input(d.requestedAmount());
        version = d.version();
        files = d.files();
        status = d.status().name();
        fill = FormFill.of(form, d.answers());
    }

    /** Saves the draft (or the correction); stays on the page. */
    public String save() {
        return save(false);
    }

    /** Saves and submits; when the submission is refused the saved draft stays and the reasons are shown. */
    public String submit() {
        return save(true);
    }

    private String save(boolean andSubmit) {
        try {
            BigDecimal value = amount == null || amount.isBlank() ? null : Money.parseNonNegative(amount).orElseThrow(() ->
                    new ValidationException(List.of(new ValidationException.Violation("requestedAmount", "application.amount.invalid"))));
            var draft = new ApplicationService.Draft(title, value, form == null ? null : fill.toJson());
            if (id == null) {
                id = applications.create(call, unit, draft, ApplicationBacking.files(uploads));
            } else {
                applications.update(id, draft, ApplicationBacking.files(uploads), version);
            }
        } catch (BusinessException e) {
            Faces.show(ApplicationBacking.remap(e, Map.of("requestedAmount", "amount")), "applicationForm");
            return null;
        }
        if (andSubmit) {
            try {
                applications.submit(id);
                Faces.info("application.submitted");
                return "/applications/application?faces-redirect=true&id=" + id;
            } catch (BusinessException e) {
                fromDetail(applications.view(id));
                Faces.show(ApplicationBacking.remap(e, Map.of("requestedAmount", "amount")), "applicationForm");
                Faces.error("application.submit.refusedKept");
                return null;
            }
        }
        Faces.info("application.draftSaved");
        return "/applications/edit?faces-redirect=true&id=" + id;
    }

    public void removeFile(long fileId) {
        try {
            applications.removeFile(id, fileId);
            fromDetail(applications.view(id));
        } catch (BusinessException e) {
            Faces.show(e, "applicationForm");
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getCall() { return call; }
    public void setCall(Long call) { this.call = call; }
    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
    public String getCallName() { return callName; }
    public String getUnitName() { return unitName; }
    public ReplyForm getForm() { return form; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public FormFill getFill() { return fill; }
    public List<ApplicationRepository.FileInfo> getFiles() { return files; }
    public UploadedFiles getUploads() { return uploads; }
    public void setUploads(UploadedFiles uploads) { this.uploads = uploads; }
    public String getStatus() { return status; }
}
