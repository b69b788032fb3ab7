package pl.edugmina.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
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
            appeals.answer(id, answers.get(id), allowed);
            answers.remove(id);
            pending = null;
            Faces.info("recruitment.appeal.answeredDone");
        } catch (BusinessException e) {
            Faces.show(Faces.renamed(e, "answer", "answer"), "appealsForm");
        }
    }

    public String time(Instant t) {
        return pl.edugmina.web.correspondence.CorrespondenceListBacking.time(t);
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
