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
import pl.edugmina.repairs.domain.RepairDraft;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * repairs/new.xhtml: a unit's new repair request with photos, or (with {@code id}) the correction of a returned one.
 * What was typed stays on the screen when something is refused.
 */
@Named
@ViewScoped
public class RepairFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RepairService repairs;

    private Long id;
    private Long unitId;
    private String title;
    private String description;
    private String location;
    private String category;
    private String priority;
    private String estimatedCost;
    private String comment;
    private String returnComment;
    private transient UploadedFiles uploads;
    private List<RepairService.UnitRef> units;

    public void init() {
        if (id != null && title == null) {
            RepairService.Detail d = repairs.detail(id);
            unitId = d.row().unitId();
            title = d.row().title();
            description = d.description();
            location = d.location();
            category = d.row().categoryCode();
            priority = d.row().priorityCode();
            estimatedCost = Money.format(d.row().estimatedCost()).replace(" zł", "");
            returnComment = d.lastComment();
        }
        if (unitId == null && !getUnits().isEmpty()) {
            unitId = getUnits().get(0).id();
        }
    }

    public String save() {
        BigDecimal cost = null;
        if (estimatedCost != null && !estimatedCost.isBlank()) {
            cost = Money.parse(estimatedCost).orElse(null);
            if (cost == null) {
                Faces.show(new ValidationException(List.of(new ValidationException.Violation("estimatedCost", "repair.amount.invalid"))), "repairForm");
                return null;
            }
        }
        RepairDraft draft = new RepairDraft(title, description, location, category, priority, cost);
        try {
            long saved;
            if (id != null) {
                repairs.resubmit(id, draft, comment, photos());
                saved = id;
                Faces.info("repair.resubmitted");
            } else {
                if (unitId == null) {
                    throw new ValidationException(List.of(new ValidationException.Violation("unit", "validation.required")));
                }
                saved = repairs.submit(unitId, draft, photos());
                Faces.info("repair.submitted");
            }
            return "/repairs/repair?faces-redirect=true&id=" + saved;
        } catch (BusinessException e) {
            Faces.show(e, "repairForm");
            if (uploads != null && !uploads.getFiles().isEmpty()) {
                Faces.error("repair.photos.chooseAgain");
            }
            return null;
        }
    }

    private List<RepairService.NewPhoto> photos() {
        List<RepairService.NewPhoto> out = new ArrayList<>();
        if (uploads != null) {
            for (UploadedFile f : uploads.getFiles()) {
                if (f.getSize() > 0 || (f.getFileName() != null && !f.getFileName().isBlank())) {
                    out.add(new RepairService.NewPhoto(f.getFileName(), f.getContent()));
                }
            }
        }
        return out;
    }

    public List<RepairService.UnitRef> getUnits() {
        if (units == null) {
            units = repairs.myUnits();
        }
        return units;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getPriority() { return priority; }
    public void setPriority(String priority) { this.priority = priority; }
    public String getEstimatedCost() { return estimatedCost; }
    public void setEstimatedCost(String estimatedCost) { this.estimatedCost = estimatedCost; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getReturnComment() { return returnComment; }
    public UploadedFiles getUploads() { return uploads; }
    public void setUploads(UploadedFiles uploads) { this.uploads = uploads; }
}
