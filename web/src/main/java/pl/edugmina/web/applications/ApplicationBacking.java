package pl.edugmina.web.applications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import pl.edugmina.applications.application.ApplicationCallService;
import pl.edugmina.applications.application.ApplicationRepository;
import pl.edugmina.applications.application.ApplicationService;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.web.support.Downloads;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * applications/application.xhtml: one application with its status and history — for its unit (and the report once
 * funds are granted) and for those who run the call (return for corrections, accept or return the report).
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationService applications;

    @Inject
    private ApplicationCallService calls;

    private Long id;
    private ApplicationService.Detail view;
    private String comment;
    private LocalDate deadline;
    private String reportText;
    private FormFill report = new FormFill();
    private transient UploadedFiles reportUploads;

    public void load() {
        if (id == null) {
            throw new NotFoundException("application", "?");
        }
        view = applications.view(id);
        report = FormFill.of(view.reportForm(), view.reportAnswers());
    }

    public void returnForCorrections() {
        act(() -> calls.returnForCorrections(id, comment, deadline), "application.returned", "returnForm");
    }

    public void settle() {
        act(() -> calls.settle(id, comment), "application.settled", "reportReviewForm");
    }

    public void returnReport() {
        act(() -> calls.returnReport(id, comment), "application.report.returned", "reportReviewForm");
    }

    public void submitReport() {
        act(() -> applications.submitReport(id, reportText, view.reportForm() == null ? null : report.toJson(), files(reportUploads)),
                "application.report.submitted", "reportForm");
    }

    private void act(Runnable action, String done, String formId) {
        try {
            action.run();
            Faces.info(done);
            comment = null;
            load();
        } catch (BusinessException e) {
            Faces.show(remap(e, Map.of("reportText", "reportText")), formId);
        }
    }

    /**
     * Violations as the screens place them: every form field's problem ({@code form:…}) listed above the form,
     * every score's above the score sheet, the rules of the call (window, limit, unit type) next to the submit
     * button, others by {@code names} or as they are.
     */
    static BusinessException remap(BusinessException e, Map<String, String> names) {
        if (!(e instanceof ValidationException v)) {
            return e;
        }
        return new ValidationException(v.violations().stream().map(x -> {
            String f = x.field();
            String to = f.startsWith("form:") ? "form" : f.startsWith("points") ? "points"
                    : (f.equals("window") || f.equals("limit") || f.equals("unit")) ? "submission" : names.getOrDefault(f, f);
            return new ValidationException.Violation(to, x.messageKey(), x.arguments());
        }).toList());
    }

    static List<ApplicationRepository.NewFile> files(UploadedFiles uploads) {
        List<ApplicationRepository.NewFile> out = new ArrayList<>();
        if (uploads != null) {
            for (UploadedFile f : uploads.getFiles()) {
                if (f.getSize() > 0 || (f.getFileName() != null && !f.getFileName().isBlank())) {
                    out.add(new ApplicationRepository.NewFile(f.getFileName(), f.getContent()));
                }
            }
        }
        return out;
    }

    public StreamedContent download(long fileId) {
        var f = applications.file(fileId);
        return Downloads.of(f.fileName(), f.mediaType(), f.content());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ApplicationService.Detail getView() { return view; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public String getReportText() { return reportText; }
    public void setReportText(String reportText) { this.reportText = reportText; }
    public FormFill getReport() { return report; }
    public UploadedFiles getReportUploads() { return reportUploads; }
    public void setReportUploads(UploadedFiles reportUploads) { this.reportUploads = reportUploads; }
}
