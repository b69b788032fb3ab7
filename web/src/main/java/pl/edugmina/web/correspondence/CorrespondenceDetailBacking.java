package pl.edugmina.web.correspondence;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import pl.edugmina.common.ValidationException;
import pl.edugmina.correspondence.application.CorrespondenceService;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** correspondence/detail.xhtml: one item of the register — content, attachments, signature verdict, history, assignment. */
@Named
@ViewScoped
public class CorrespondenceDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CorrespondenceService register;

    @Inject
    private UnitRegistryService units;

    @Inject
    private pl.edugmina.integration.epuap.OutboundService outboundService;

    @Inject
    private pl.edugmina.correspondence.application.OutboundRegister outbound;

    private Long id;
    private CorrespondenceService.Detail item;
    private pl.edugmina.correspondence.application.OutboundRegister.LetterView letter;
    private String replyChannel = "SKRYTKA";
    private String replyAddress;
    private String replySubject;
    private String replyBody;
    private String jrwa;
    private Long unitId;
    private String assignee;

    public void load() {
        if (id == null) {
            throw new pl.edugmina.common.NotFoundException("Correspondence", "?");
        }
        item = register.view(id);
        letter = "OUT".equals(item.row().direction()) ? outbound.letter(id) : null;
        replyAddress = item.replyAddress();
        replySubject = item.row().subject() == null ? null : "Odpowiedź: " + item.row().subject();
        jrwa = item.row().jrwa();
        unitId = item.unitId();
        assignee = item.assignedTo();
    }

    public void assign() {
        try {
            register.assign(id, jrwa, unitId, assignee);
            item = register.view(id);
            Faces.info("correspondence.assigned");
        } catch (ValidationException e) {
            Faces.show(e, "assignForm");
        }
    }

    /** Queues the answer and opens the new outbound letter. */
    public String reply() {
        try {
            long letterId = outboundService.reply(id, new pl.edugmina.integration.epuap.OutboundService.Reply(
                    pl.edugmina.correspondence.domain.OutboundLetter.Channel.valueOf(replyChannel), replyAddress, null, replySubject, replyBody));
            return openQueuedLetter(letterId);
        } catch (ValidationException e) {
            Faces.show(e, "replyForm");
            return null;
        }
    }

    /** After queueing a letter: its page, with the confirmation carried over the redirect. */
    static String openQueuedLetter(long letterId) {
        Faces.info("outbound.queued");
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/correspondence/detail?faces-redirect=true&id=" + letterId;
    }

    public void resend() {
        outbound.requeue(id);
        letter = outbound.letter(id);
        item = register.view(id);
        Faces.info("outbound.requeued");
    }

    public void refresh() {
        load();
    }

    public StreamedContent getReceipt() {
        return stream(outbound.receipt(id));
    }

    public StreamedContent getPdf() {
        return stream(outbound.pdf(id));
    }

    public StreamedContent getSentDocument() {
        return stream(outbound.document(id));
    }

    public StreamedContent attachment(long attachmentId) {
        return stream(register.attachment(id, attachmentId));
    }

    public StreamedContent getOriginal() {
        return stream(register.original(id));
    }

    static StreamedContent stream(CorrespondenceService.File f) {
        return pl.edugmina.web.support.Downloads.of(f.fileName(), f.mediaType(), f.content());
    }

    public List<pl.edugmina.registry.application.UnitView.Ref> getUnitOptions() {
        return units.options();
    }

    public String time(Instant t) {
        return CorrespondenceListBacking.time(t);
    }

    public String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }

    public pl.edugmina.correspondence.application.OutboundRegister.LetterView getLetter() { return letter; }
    public String getReplyChannel() { return replyChannel; }
    public void setReplyChannel(String replyChannel) { this.replyChannel = replyChannel; }
    public String getReplyAddress() { return replyAddress; }
    public void setReplyAddress(String replyAddress) { this.replyAddress = replyAddress; }
    public String getReplySubject() { return replySubject; }
    public void setReplySubject(String replySubject) { this.replySubject = replySubject; }
    public String getReplyBody() { return replyBody; }
    public void setReplyBody(String replyBody) { this.replyBody = replyBody; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CorrespondenceService.Detail getItem() { return item; }
    public String getJrwa() { return jrwa; }
    public void setJrwa(String jrwa) { this.jrwa = jrwa; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
}
