package pl.edugmina.web.correspondence;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import pl.edugmina.correspondence.application.CorrespondenceService;
import pl.edugmina.correspondence.application.CorrespondenceService.Row;
import pl.edugmina.correspondence.domain.Correspondence;
import pl.edugmina.web.support.PageModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** correspondence/list.xhtml: the correspondence register with search, newest first. */
@Named
@ViewScoped
public class CorrespondenceListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZONE);

    @Inject
    private CorrespondenceService register;

    private String text;
    private String direction = "IN";
    private String status;
    private String verdict;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<Row> rows = new PageModel<>((first, size, sort, asc) -> register.search(
            new CorrespondenceService.Query(
                    direction == null || direction.isBlank() ? null : Correspondence.Direction.valueOf(direction),
                    text, status,
                    verdict == null || verdict.isBlank() ? null : Correspondence.SignatureVerdict.valueOf(verdict),
                    null,
                    from == null ? null : from.atStartOfDay(ZONE).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant(), first, size)), Row::id);

    public void search() {
        // the lazy model reloads with the filters
    }

    public static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    public String format(Instant t) {
        return time(t);
    }

    public Correspondence.SignatureVerdict[] getVerdicts() {
        return Correspondence.SignatureVerdict.values();
    }

    public Correspondence.Status[] getStatuses() {
        return Correspondence.Status.values();
    }

    public LazyDataModel<Row> getRows() { return rows; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getVerdict() { return verdict; }
    public void setVerdict(String verdict) { this.verdict = verdict; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
