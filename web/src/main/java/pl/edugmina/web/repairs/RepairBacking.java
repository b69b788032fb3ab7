package pl.edugmina.web.repairs;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.repairs.application.RepairService;
import pl.edugmina.common.Money;
import pl.edugmina.repairs.domain.RepairAction;
import pl.edugmina.web.correspondence.CorrespondenceListBacking;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** repairs/repair.xhtml: one request, its photos and history, and the steps the user may take now. */
@Named
@ViewScoped
public class RepairBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepairService repairs;

    private Long id;
    private RepairService.Detail detail;
    private String comment;
    private String amount;
    private Integer year = LocalDate.now(RepairService.OFFICE_ZONE).getYear();
    private String actualCost;
    private String invoiceNumber;
    private String refusalReason;
    private transient UploadedFiles uploads;

    public void load() {
        if (id == null) {
            throw new pl.edugmina.common.NotFoundException("repair", "?");
        }
        detail = repairs.detail(id);
        if (amount == null && detail.row().estimatedCost() != null) {
            amount = plain(detail.row().estimatedCost());
        }
        if (actualCost == null && detail.row().allocatedAmount() != null) {
            actualCost = plain(detail.row().allocatedAmount());
        }
    }

    public boolean can(String action) {
        return detail != null && detail.actions().contains(RepairAction.valueOf(action));
    }

    public void review() {
        step("repair.done.REVIEW", () -> repairs.review(id));
    }

    public void returnToUnit() {
        step("repair.done.RETURN", () -> repairs.returnToUnit(id, comment));
    }

    public void reject() {
        step("repair.done.REJECT", () -> repairs.reject(id, comment));
    }

    public void approve() {
        BigDecimal a = money("amount", amount);
        if (a != null) {
            step("repair.done.APPROVE", () -> repairs.approve(id, year == null ? LocalDate.now(RepairService.OFFICE_ZONE).getYear() : year, a, comment));
        }
    }

    public void start() {
        step("repair.done.START", () -> repairs.start(id, comment));
    }

    public void settle() {
        BigDecimal c = money("actualCost", actualCost);
        if (c != null) {
            step("repair.done.SETTLE", () -> repairs.settle(id, c, invoiceNumber, comment));
        }
    }

    public void accept() {
        step("repair.done.ACCEPT", () -> repairs.accept(id, comment));
    }

    /** The director refuses to accept the work; a missing reason is named next to its own field. */
    public void refuseAcceptance() {
        step("repair.done.REFUSE_ACCEPTANCE", () -> repairs.refuseAcceptance(id, refusalReason), "refusalReason");
    }

    public void close() {
        step("repair.done.CLOSE", () -> repairs.close(id, comment));
    }

    public void addPhotos() {
        List<RepairService.NewPhoto> photos = new ArrayList<>();
        if (uploads != null) {
            for (UploadedFile f : uploads.getFiles()) {
                if (f.getSize() > 0 || (f.getFileName() != null && !f.getFileName().isBlank())) {
                    photos.add(new RepairService.NewPhoto(f.getFileName(), f.getContent()));
                }
            }
        }
        try {
            repairs.addPhotos(id, photos);
            Faces.info("repair.photos.added", photos.size());
        } catch (BusinessException e) {
            Faces.show(e, "photoForm");
        }
        load();
    }

    private void step(String done, Runnable action) {
        step(done, action, "comment");
    }

    /** Takes the step; what is wrong with its comment is shown next to {@code commentField}. */
    private void step(String done, Runnable action, String commentField) {
        try {
            action.run();
            comment = null;
            refusalReason = null;
            Faces.info(done);
        } catch (BusinessException e) {
            Faces.show(Faces.renamed(e, "comment", commentField), "stepForm");
        }
        load();
    }

    /** The amount typed, or null with the reason next to the field. */
    private static BigDecimal money(String field, String text) {
        if (text == null || text.isBlank()) {
            Faces.show(new ValidationException(List.of(new ValidationException.Violation(field, "validation.required"))), "stepForm");
            return null;
        }
        BigDecimal a = Money.parse(text).orElse(null);
        if (a == null) {
            Faces.show(new ValidationException(List.of(new ValidationException.Violation(field, "repair.amount.invalid"))), "stepForm");
        }
        return a;
    }

    private static String plain(BigDecimal a) {
        return Money.format(a).replace(" zł", "");
    }

    /** Pool years offered: last year to two years ahead. */
    public List<Integer> getYears() {
        int now = LocalDate.now(RepairService.OFFICE_ZONE).getYear();
        return List.of(now - 1, now, now + 1, now + 2);
    }

    public String time(Instant t) {
        return CorrespondenceListBacking.time(t);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RepairService.Detail getDetail() { return detail; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getActualCost() { return actualCost; }
    public void setActualCost(String actualCost) { this.actualCost = actualCost; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String invoiceNumber) { this.invoiceNumber = invoiceNumber; }
    public String getRefusalReason() { return refusalReason; }
    public void setRefusalReason(String refusalReason) { this.refusalReason = refusalReason; }
    public UploadedFiles getUploads() { return uploads; }
    public void setUploads(UploadedFiles uploads) { this.uploads = uploads; }
}
