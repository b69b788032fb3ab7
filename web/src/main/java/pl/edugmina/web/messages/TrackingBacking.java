package pl.edugmina.web.messages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.ValidationException;
import pl.edugmina.messaging.application.MessageService;
import pl.edugmina.messaging.domain.DeliveryStatus;
import pl.edugmina.web.correspondence.CorrespondenceListBacking;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** messages/sent.xhtml (the department's messages) and messages/tracking.xhtml (one message: units × status). */
@Named
@ViewScoped
public class TrackingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MessageService messages;

    private Long id;
    private MessageService.Tracking tracking;
    private LocalDate newDeadline;
    private Long repliesOf;
    private String repliesOfName;
    private List<MessageService.Reply> replies;
    private String comment;

    public List<MessageService.SentRow> getAwaiting() {
        return messages.awaiting();
    }

    public void approve() {
        try {
            messages.approve(id, comment);
            comment = null;
            Faces.info("message.approved");
        } catch (pl.edugmina.common.BusinessException e) {
            Faces.show(e, "approval");
        }
        load();
    }

    public void sendBack() {
        try {
            messages.returnToAuthor(id, comment);
            comment = null;
            Faces.info("message.returned");
        } catch (pl.edugmina.common.BusinessException e) {
            Faces.show(e, "approval");
        }
        load();
    }

    public boolean isDispatched() {
        return tracking != null && "SENT".equals(tracking.message().status());
    }

    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }

    public List<MessageService.SentRow> getSent() {
        return messages.sent();
    }

    public void load() {
        if (id == null) {
            throw new pl.edugmina.common.NotFoundException("message", "?");
        }
        tracking = messages.tracking(id);
        if (newDeadline == null && tracking.message().deadline() != null) {
            newDeadline = tracking.message().deadline().plusDays(7);
        }
    }

    /** How many units are in each state, in the matrix's order. */
    public Map<DeliveryStatus, Long> getCounts() {
        Map<DeliveryStatus, Long> c = new TreeMap<>();
        for (DeliveryStatus s : DeliveryStatus.values()) {
            c.put(s, tracking.units().stream().filter(u -> u.status() == s).count());
        }
        return c;
    }

    public void remind() {
        try {
            int n = messages.remind(id);
            Faces.info("message.reminded", n);
        } catch (ValidationException e) {
            Faces.show(e, "actions");
        }
        load();
    }

    public void extend() {
        try {
            messages.extendDeadline(id, newDeadline);
            Faces.info("message.deadlineExtended");
        } catch (ValidationException e) {
            Faces.show(e, "actions");
        }
        load();
    }

    public void showReplies(long unitId, String unitName) {
        repliesOf = unitId;
        repliesOfName = unitName;
        replies = messages.replies(id, unitId);
    }

    /** When the message went out, or, while it waits for approval, when it was written. */
    public String when(MessageService.SentRow m) {
        return time(m.sentAt() != null ? m.sentAt() : m.createdAt());
    }

    public org.primefaces.model.StreamedContent download(long attachmentId) {
        return Uploads.stream(messages.file(attachmentId));
    }

    /** All answers as one ZIP; written to a temporary file first so the screen never holds them in memory. */
    public org.primefaces.model.StreamedContent getAnswersZip() throws java.io.IOException {
        return temporary("odpowiedzi-" + id + ".zip", "application/zip", out -> messages.writeAnswersZip(id, out));
    }

    /** The survey's answers merged into one workbook. */
    public org.primefaces.model.StreamedContent getSurveyWorkbook() throws java.io.IOException {
        return temporary("zestawienie-" + id + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> messages.writeSurveyWorkbook(id, out));
    }

    /** The answers to the message's form as one workbook. */
    public org.primefaces.model.StreamedContent getFormWorkbook() throws java.io.IOException {
        return temporary("formularz-" + id + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> messages.writeFormWorkbook(id, out));
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    private static org.primefaces.model.StreamedContent temporary(String name, String type, Writer writer) throws java.io.IOException {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("edugmina-", ".tmp");
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(tmp)) {
            writer.write(out);
        } catch (java.io.IOException | RuntimeException e) {
            java.nio.file.Files.deleteIfExists(tmp);
            throw e;
        }
        long size = java.nio.file.Files.size(tmp);
        return org.primefaces.model.DefaultStreamedContent.builder().name(name).contentType(type)
                .contentLength(size).stream(() -> {
                    try {
                        return java.nio.file.Files.newInputStream(tmp, java.nio.file.StandardOpenOption.DELETE_ON_CLOSE);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).build();
    }

    public String time(Instant t) {
        return CorrespondenceListBacking.time(t);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MessageService.Tracking getTracking() { return tracking; }
    public LocalDate getNewDeadline() { return newDeadline; }
    public void setNewDeadline(LocalDate newDeadline) { this.newDeadline = newDeadline; }
    public Long getRepliesOf() { return repliesOf; }
    public String getRepliesOfName() { return repliesOfName; }
    public List<MessageService.Reply> getReplies() { return replies; }
}
