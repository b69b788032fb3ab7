package pl.edugmina.web.recruitment;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.integration.documents.RecruitmentProtocolPdf;
import pl.edugmina.recruitment.application.RecruitmentCommission;
import pl.edugmina.recruitment.application.RecruitmentCommission.Detail;
import pl.edugmina.recruitment.application.RecruitmentCommission.HomeAddress;
import pl.edugmina.web.correspondence.CorrespondenceListBacking;
import pl.edugmina.web.support.Downloads;
import pl.edugmina.web.support.Faces;
import pl.edugmina.web.support.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * recruitment/commission-application.xhtml?id=: one application for the first-choice unit's commission: the child, the
 * address, the guardians, the list with its points, each declared criterion with its proof to accept or reject (with a
 * reason), the paper brought, verification, return for corrections, the address corrected, the history.
 */
@Named
@ViewScoped
public class CommissionApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    private RecruitmentCommission commission;

    private Long id;
    private Detail detail;
    private final Map<String, String> reasons = new HashMap<>();
    private String returnReason;
    private String locality;
    private String street;
    private String houseNumber;
    private String flat;
    private String postalCode;
    private String note;

    public void load() {
        if (id == null) {
            throw new NotFoundException("application", "?");
        }
        detail = commission.detail(id);
        HomeAddress a = detail.address();
        locality = a.locality();
        street = a.street();
        houseNumber = a.houseNumber();
        flat = a.flat();
        postalCode = a.postalCode();
        for (RecruitmentCommission.CriterionView c : detail.criteria()) {
            if (c.reason() != null) {
                reasons.putIfAbsent(c.code(), c.reason());
            }
        }
    }

    public void paper() {
        step("recruitment.commission.done.paper", () -> commission.paperReceived(id), "stepForm");
    }

    public void accept(String code, int index) {
        decide(code, "ACCEPTED", index);
    }

    public void reject(String code, int index) {
        decide(code, "REJECTED", index);
    }

    /** One criterion decided; a missing reason is shown next to that criterion's own field. */
    private void decide(String code, String verdict, int index) {
        try {
            commission.decide(id, code, verdict, "REJECTED".equals(verdict) ? reasons.get(code) : null);
            Faces.info("ACCEPTED".equals(verdict) ? "recruitment.commission.done.accepted" : "recruitment.commission.done.rejected");
        } catch (ValidationException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            for (ValidationException.Violation v : e.violations()) {
                String msg = Messages.get(Faces.locale(), v.messageKey(), v.arguments());
                fc.addMessage("decisions:criteria:" + index + ":reason", new FacesMessage(FacesMessage.SEVERITY_ERROR, msg, null));
            }
            fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Faces.text("error.validation"), null));
            fc.validationFailed();
        } catch (BusinessException e) {
            Faces.show(e, "decisions");
        }
        detail = commission.detail(id);
    }

    public void verify() {
        step("recruitment.commission.done.verified", () -> commission.verify(id), "stepForm");
    }

    public void sendBack() {
        step("recruitment.commission.done.returned", () -> commission.returnForCorrections(id, returnReason), "returnForm");
    }

    public void correct() {
        step("recruitment.commission.done.corrected",
                () -> commission.correctAddress(id, new HomeAddress(locality, street, houseNumber, flat, postalCode), note), "addressForm");
    }

    public StreamedContent protocol() {
        RecruitmentCommission.Protocol p = commission.protocol(detail.campaignId(), detail.unitId(), List.of());
        return Downloads.of("protokol-komisji-" + p.campaignId() + "-" + p.unitId() + ".pdf", "application/pdf", RecruitmentProtocolPdf.render(p));
    }

    public StreamedContent document(long documentId) {
        RecruitmentCommission.File f = commission.document(documentId);
        return Downloads.of(f.fileName(), f.mediaType(), f.content());
    }

    private void step(String done, Runnable action, String form) {
        try {
            action.run();
            returnReason = null;
            note = null;
            Faces.info(done);
            load();
        } catch (BusinessException e) {
            Faces.show(e, form);
            detail = commission.detail(id);
        }
    }

    public String time(Instant t) {
        return CorrespondenceListBacking.time(t);
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String points(BigDecimal b) {
        return b == null ? "–" : b.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Detail getDetail() { return detail; }
    public Map<String, String> getReasons() { return reasons; }
    public String getReturnReason() { return returnReason; }
    public void setReturnReason(String returnReason) { this.returnReason = returnReason; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getHouseNumber() { return houseNumber; }
    public void setHouseNumber(String houseNumber) { this.houseNumber = houseNumber; }
    public String getFlat() { return flat; }
    public void setFlat(String flat) { this.flat = flat; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
