package pl.edugmina.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.recruitment.application.RecruitmentAppealResults;
import pl.edugmina.recruitment.application.RecruitmentAppeals;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** recruitment/appeals.xhtml: the requests for the justification and the appeals that wait for the commission or the director. */
@Named
@ViewScoped
public class RecruitmentAppealsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentAppeals appeals;

    private List<RecruitmentAppeals.AppealView> pending;
    private final Map<Long, String> answers = new HashMap<>();
    /** per appeal the ticked criteria: what the selectManyCheckbox puts into a map (an array or a list, of codes) */
    private final Map<Long, Object> acceptedCriteria = new HashMap<>();
    private final Map<Long, List<RecruitmentAppeals.AppealCriterion>> criteria = new HashMap<>();

    public List<RecruitmentAppeals.AppealView> getPending() {
        if (pending == null) {
            try {
                pending = appeals.pending();
            } catch (BusinessException e) {
                Faces.show(e, "appealsForm");
                pending = List.of();
            }
        }
        return pending;
    }

    public void answer(long id, Boolean allowed) {
        try {
            List<String> accepted = Boolean.TRUE.equals(allowed) ? codes(acceptedCriteria.get(id)) : List.of();
            RecruitmentAppealResults.Outcome outcome = appeals.answer(id, answers.get(id), allowed, accepted);
            answers.remove(id);
            acceptedCriteria.remove(id);
            pending = null;
            if (outcome != null) {
                Faces.info("recruitment.appeal.allowedOutcome", outcome.describe());
            } else {
                Faces.info("recruitment.appeal.answeredDone");
            }
        } catch (BusinessException e) {
            Faces.show(Faces.renamed(Faces.renamed(e, "answer", "answer"), "acceptedCriteria", "criteria"), "appealsForm");
        }
    }

    /** The declared criteria not yet accepted, for the director to accept on appeal (read once per appeal). */
    public List<RecruitmentAppeals.AppealCriterion> criteriaToAccept(long appealId) {
        return criteria.computeIfAbsent(appealId, k -> {
            try {
                return appeals.criteria(k).stream().filter(c -> !"ACCEPTED".equals(c.verdict())).toList();
            } catch (BusinessException e) {
                return List.of();
            }
        });
    }

    public String criterionLabel(RecruitmentAppeals.AppealCriterion c) {
        String verdict = c.verdict() == null ? Faces.text("recruitment.appeal.verdictNone")
                : c.reason() == null ? c.verdict() : c.reason();
        return c.label() + (c.points() == null ? "" : " (" + c.points().stripTrailingZeros().toPlainString() + " pkt)") + " – " + verdict;
    }

    private static List<String> codes(Object ticked) {
        if (ticked instanceof Object[] a) {
            return java.util.Arrays.stream(a).map(String::valueOf).toList();
        }
        if (ticked instanceof java.util.Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    public Map<Long, Object> getAcceptedCriteria() {
        return acceptedCriteria;
    }

    public String time(Instant t) {
        return pl.edugmina.web.correspondence.CorrespondenceListBacking.time(t);
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
