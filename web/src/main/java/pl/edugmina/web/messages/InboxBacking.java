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
    /** The answer form being filled in: field key → typed text; table key → rows of column key → typed text. */
    private java.util.Map<String, String> values = new java.util.HashMap<>();
    private java.util.Map<String, List<java.util.Map<String, String>>> tables = new java.util.HashMap<>();

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
        prefillForm();
    }

    /** The form starts from the unit's latest answer (a correction changes only what is wrong), else empty rows. */
    private void prefillForm() {
        var form = view.message().replyForm();
        if (form == null) {
            return;
        }
        jakarta.json.JsonObject last = view.replies().stream().map(MessageService.Reply::form).filter(java.util.Objects::nonNull)
                .reduce((a, b) -> b).orElse(jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
        values = new java.util.HashMap<>();
        tables = new java.util.HashMap<>();
        for (var f : form.fields()) {
            if (f.type() == pl.edugmina.messaging.domain.ReplyForm.Type.TABLE) {
                List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
                for (var r : pl.edugmina.messaging.domain.ReplyForm.rows(last, f.key())) {
                    java.util.Map<String, String> row = new java.util.HashMap<>();
                    r.forEach((k, v) -> row.put(k, text(f.columns().stream().filter(c -> c.key().equals(k)).findFirst()
                            .map(pl.edugmina.messaging.domain.ReplyForm.Column::type).orElse(null), v)));
                    rows.add(row);
                }
                while (rows.size() < 3) {
                    rows.add(new java.util.HashMap<>());
                }
                tables.put(f.key(), rows);
            } else if (last.containsKey(f.key())) {
                values.put(f.key(), text(f.type(), last.get(f.key())));
            }
        }
    }

    /** A stored value as the unit would type it: decimal comma, dd.mm.yyyy. */
    private static String text(pl.edugmina.messaging.domain.ReplyForm.Type type, jakarta.json.JsonValue v) {
        String s = pl.edugmina.messaging.domain.ReplyForm.display(v);
        if (type == pl.edugmina.messaging.domain.ReplyForm.Type.DATE && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return java.time.LocalDate.parse(s).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        }
        return s;
    }

    public void addRow(String key) {
        tables.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(new java.util.HashMap<>());
    }

    public void removeRow(String key, java.util.Map<String, String> row) {
        tables.getOrDefault(key, new java.util.ArrayList<>()).remove(row);
    }

    private jakarta.json.JsonObject formAnswer() {
        if (view == null || view.message().replyForm() == null) {
            return null;
        }
        var b = jakarta.json.Json.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.add(k, v);
            }
        });
        tables.forEach((k, rows) -> {
            var a = jakarta.json.Json.createArrayBuilder();
            for (var row : rows) {
                var o = jakarta.json.Json.createObjectBuilder();
                row.forEach((c, v) -> {
                    if (v != null && !v.isBlank()) {
                        o.add(c, v);
                    }
                });
                a.add(o);
            }
            b.add(k, a);
        });
        return b.build();
    }

    public void send() {
        try {
            messages.reply(id, unit, reply, Uploads.files(uploads), formAnswer());
            reply = null;
            Faces.info("message.replied");
            view = messages.open(id, unit);
            prefillForm();
        } catch (ValidationException e) {
            // the form's problems (field "form:<key>…") are listed together above the form
            Faces.show(new ValidationException(e.violations().stream().map(v -> v.field().startsWith("form:")
                    ? new ValidationException.Violation("form", v.messageKey(), v.arguments()) : v).toList()), "replyForm");
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

    public java.util.Map<String, String> getValues() { return values; }
    public java.util.Map<String, List<java.util.Map<String, String>>> getTables() { return tables; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
}
