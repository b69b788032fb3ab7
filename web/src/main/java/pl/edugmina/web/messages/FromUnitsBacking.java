package pl.edugmina.web.messages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.ValidationException;
import pl.edugmina.messaging.application.MessageService;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.security.ActorService;
import pl.edugmina.web.correspondence.CorrespondenceListBacking;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Units writing to the department: messages/write.xhtml (a unit's user writes and follows what the unit
 * wrote), messages/from-units.xhtml and messages/from-unit.xhtml (the department's list and one message).
 */
@Named
@ViewScoped
public class FromUnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MessageService messages;

    @Inject
    private UnitRegistryService units;

    @Inject
    private ActorService actors;

    private Long unitId;
    private String subject;
    private boolean toUnits;
    private List<Long> recipients = new java.util.ArrayList<>();
    private boolean replyRequired;
    private java.time.LocalDate deadline;
    private String body;
    private transient org.primefaces.model.file.UploadedFiles uploads;
    private List<MessageService.WrittenRow> written;
    private String q;
    private List<MessageService.FromUnitRow> rows;
    private Long id;
    private MessageService.FromUnitView view;

    // ---------------------------------------------------------------- a unit writes

    /** The units the caller may write for (a zespół's user: the zespół and its members). */
    public List<UnitView.Ref> getMyUnits() {
        var scope = actors.current().unitScope();
        return units.openUnits().stream().filter(u -> scope.contains(u.id())).toList();
    }

    public void initWrite() {
        if (unitId == null) {
            Long own = actors.current().unitId();
            unitId = own != null ? own : getMyUnits().stream().map(UnitView.Ref::id).findFirst().orElse(null);
        }
    }

    public String send() {
        try {
            if (unitId == null) {
                throw new ValidationException(List.of(new ValidationException.Violation("unit", "validation.required")));
            }
            if (toUnits && messages.unitToUnitAllowed()) {
                messages.writeToUnits(unitId, subject, body, replyRequired, deadline, new java.util.HashSet<>(recipients), Uploads.files(uploads));
                Faces.info("message.toUnits.sent");
            } else {
                messages.writeToDepartment(unitId, subject, body, Uploads.files(uploads));
                Faces.info("message.toDepartment.sent");
            }
            return "/messages/write?faces-redirect=true";
        } catch (ValidationException e) {
            Faces.show(e, "writeForm");
            return null;
        }
    }

    public boolean isUnitToUnit() {
        return messages.unitToUnitAllowed();
    }

    /** Every open unit but the caller's own. */
    public List<UnitView.Ref> getOtherUnits() {
        var scope = actors.current().unitScope();
        return units.openUnits().stream().filter(u -> !scope.contains(u.id())).toList();
    }

    public boolean isToUnits() { return toUnits; }
    public void setToUnits(boolean toUnits) { this.toUnits = toUnits; }
    public List<Long> getRecipients() { return recipients; }
    public void setRecipients(List<Long> recipients) { this.recipients = recipients; }
    public boolean isReplyRequired() { return replyRequired; }
    public void setReplyRequired(boolean replyRequired) { this.replyRequired = replyRequired; }
    public java.time.LocalDate getDeadline() { return deadline; }
    public void setDeadline(java.time.LocalDate deadline) { this.deadline = deadline; }

    public List<MessageService.WrittenRow> getWritten() {
        if (written == null) {
            written = messages.writtenByMyUnits();
        }
        return written;
    }

    // ---------------------------------------------------------------- the department reads

    public void search() {
        rows = messages.fromUnits(q);
    }

    public List<MessageService.FromUnitRow> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public long getUnread() {
        return messages.unreadFromUnits();
    }

    public void open() {
        if (id == null) {
            throw new pl.edugmina.common.NotFoundException("message", "?");
        }
        view = messages.openFromUnit(id);
    }

    public org.primefaces.model.StreamedContent download(long attachmentId) {
        return Uploads.stream(messages.file(attachmentId));
    }

    public String time(Instant t) {
        return CorrespondenceListBacking.time(t);
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public org.primefaces.model.file.UploadedFiles getUploads() { return uploads; }
    public void setUploads(org.primefaces.model.file.UploadedFiles uploads) { this.uploads = uploads; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MessageService.FromUnitView getView() { return view; }
}
