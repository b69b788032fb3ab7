package pl.edugmina.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.application.AuditService.Row;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.web.support.PageModel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** admin/audit.xhtml: the audit log, newest first, filterable; read-only. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Warsaw"));

    @Inject
    private AuditService audit;

    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<Row> rows = new PageModel<>((first, size, sort, asc) -> {
        ZoneId zone = ZoneId.of("Europe/Warsaw");
        return audit.search(new AuditService.Query(actor, action, entityType, entityId,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), first, size));
    }, Row::id);

    public void search() {
        // reload with the filters
    }

    public String time(Row r) {
        return TIME.format(r.occurredAt());
    }

    /** "field: before → after" per line, from the JSON stored with the event. */
    public String changes(Row r) {
        if (r.changes() == null || r.changes().isBlank()) {
            return "";
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(r.changes()))) {
            StringBuilder sb = new StringBuilder();
            for (var e : reader.readObject().entrySet()) {
                var change = e.getValue().asJsonObject();
                sb.append(e.getKey()).append(": ").append(value(change.get("before")))
                        .append(" → ").append(value(change.get("after"))).append('\n');
            }
            return sb.toString().strip();
        } catch (RuntimeException e) {
            return r.changes();
        }
    }

    private static String value(jakarta.json.JsonValue v) {
        if (v == null || v == jakarta.json.JsonValue.NULL) {
            return "—";
        }
        return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public LazyDataModel<Row> getRows() { return rows; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
