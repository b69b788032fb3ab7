package pl.edugmina.web.applications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import pl.edugmina.applications.application.ApplicationService;
import pl.edugmina.applications.application.EvaluationService;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.web.support.Downloads;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** applications/evaluations.xhtml ("Moje oceny") and applications/evaluate.xhtml (a committee member scores one application). */
@Named
@ViewScoped
public class EvaluationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private ApplicationService applications;

    private List<EvaluationService.MyRow> rows;
    private Long id;
    private EvaluationService.EvaluationView view;
    /** Criterion key → points as typed. */
    private Map<String, String> points = new HashMap<>();
    private String comment;

    public List<EvaluationService.MyRow> getRows() {
        if (rows == null) {
            rows = evaluations.mine();
        }
        return rows;
    }

    public void open() {
        if (id == null) {
            throw new NotFoundException("application", "?");
        }
        view = evaluations.evaluation(id);
        points = new HashMap<>();
        view.myPoints().forEach((k, v) -> points.put(k, ApplicationFormat.points(v)));
        comment = view.myComment();
    }

    public void save() {
        try {
            evaluations.score(id, points, comment);
            Faces.info("application.score.saved");
            open();
        } catch (BusinessException e) {
            Faces.show(pl.edugmina.web.applications.ApplicationBacking.remap(e, Map.of()), "scoreForm");
        }
    }

    public StreamedContent download(long fileId) {
        var f = applications.file(fileId);
        return Downloads.of(f.fileName(), f.mediaType(), f.content());
    }

    public BigDecimal maxOf(String key) {
        return view.criteria().list().stream().filter(c -> c.key().equals(key)).findFirst().map(c -> c.maxPoints()).orElse(null);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public EvaluationService.EvaluationView getView() { return view; }
    public Map<String, String> getPoints() { return points; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
