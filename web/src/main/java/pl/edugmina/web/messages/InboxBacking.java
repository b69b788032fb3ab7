package pl.edugmina.web.messages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.ValidationException;
import pl.edugmina.messaging.application.MessageService;
import pl.edugmina.web.correspondence.CorrespondenceListBacking;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** messages/inbox.xhtml (a unit's messages) and messages/message.xhtml (one message, the unit's answers, answering). */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MessageService messages;

    private String q;
    private boolean archived;
    private List<MessageService.InboxRow> rows;
    private Long id;
    private Long unit;
    private MessageService.UnitView view;
    private String reply;
    private transient org.primefaces.model.file.UploadedFiles uploads;

    public void search() {
        rows = messages.inbox(q, archived);
    }

    public List<MessageService.InboxRow> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public void toggleArchive(long messageId) {
        messages.archive(messageId, !archived);
        Faces.info(archived ? "message.unarchived" : "message.archivedDone");
        search();
    }

    public void open() {
        if (id == null || unit == null) {
            throw new pl.edugmina.common.NotFoundException("message", "?");
        }
        view = messages.open(id, unit);
    }

    public void send() {
        try {
            messages.reply(id, unit, reply, Uploads.files(uploads));
            reply = null;
            Faces.info("message.replied");
            view = messages.open(id, unit);
        } catch (ValidationException e) {
            Faces.show(e, "replyForm");
        }
    }

    public String time(Instant t) {
        return CorrespondenceListBacking.time(t);
    }

    public boolean isArchived() { return archived; }
    public void setArchived(boolean archived) { this.archived = archived; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
    public MessageService.UnitView getView() { return view; }
    public org.primefaces.model.file.UploadedFiles getUploads() { return uploads; }
    public void setUploads(org.primefaces.model.file.UploadedFiles uploads) { this.uploads = uploads; }

    public org.primefaces.model.StreamedContent download(long attachmentId) {
        return Uploads.stream(messages.file(attachmentId));
    }

    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
}
