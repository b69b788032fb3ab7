package pl.edugmina.web.applications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import pl.edugmina.applications.application.ApplicationCallService;
import pl.edugmina.applications.domain.CallStage;
import pl.edugmina.common.Money;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.integration.documents.ApplicationListPdf;
import pl.edugmina.web.support.Downloads;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * applications/call.xhtml: one call for those who run it — its rules, the committee, the applications, the start and
 * end of the evaluation, the ranking with the proposed split, the recommendation, the decision and the two PDF lists.
 */
@Named
@ViewScoped
public class CallBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationCallService calls;

    private Long id;
    private ApplicationCallService.CallView view;
    private ApplicationCallService.RankingView ranking;
    private List<String> committee = new ArrayList<>();
    private boolean closeEarly;
    /** Application id → amount as typed, for the recommendation or the decision. */
    private Map<Long, String> amounts = new HashMap<>();
    /** Application id → the committee members assigned to it, as chosen on the screen. */
    private Map<Long, List<String>> assignments = new HashMap<>();

    public void load() {
        if (id == null) {
            throw new NotFoundException("call", "?");
        }
        view = calls.call(id);
        committee = new ArrayList<>(view.committee().stream().map(ApplicationCallService.Member::login).toList());
        assignments = new HashMap<>();
        view.applications().forEach(a -> assignments.put(a.id(), new ArrayList<>(a.assigned())));
        ranking = view.call().stage() == CallStage.COLLECTING ? null : calls.ranking(id);
        amounts = new HashMap<>();
        if (ranking != null) {
            for (var r : ranking.rows()) {
                BigDecimal preset = switch (view.call().stage()) {
                    case EVALUATED -> r.proposed();
                    case RECOMMENDED -> r.recommended();
                    default -> r.granted() != null ? r.granted() : r.recommended();
                };
                amounts.put(r.id(), ApplicationFormat.input(preset == null ? BigDecimal.ZERO.setScale(2) : preset));
            }
        }
    }

    public void saveCommittee() {
        act(() -> calls.setCommittee(id, committee), "application.committee.saved");
    }

    public void startEvaluation() {
        act(() -> calls.startEvaluation(id, closeEarly), "application.evaluation.started");
    }

    /** Who of the committee scores one application under evaluation. */
    public void assign(long applicationId) {
        act(() -> calls.assign(applicationId, assignments.getOrDefault(applicationId, List.of())), "application.assign.saved");
    }

    public void closeEvaluation() {
        act(() -> calls.closeEvaluation(id), "application.evaluation.closed");
    }

    public void recommend() {
        act(() -> calls.recommend(id, typedAmounts()), "application.recommendation.done");
    }

    public void decide() {
        act(() -> calls.decide(id, typedAmounts()), "application.decision.done");
    }

    private Map<Long, BigDecimal> typedAmounts() {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        List<ValidationException.Violation> errors = new ArrayList<>();
        amounts.forEach((k, v) -> {
            var parsed = Money.parseNonNegative(v == null || v.isBlank() ? "0" : v);
            if (parsed.isPresent()) {
                out.put(k, parsed.get());
            } else {
                errors.add(new ValidationException.Violation("amounts", "application.amounts.invalid", String.valueOf(k)));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Faces.info(done);
            load();
        } catch (BusinessException e) {
            Faces.show(e, "callForm");
        }
    }

    public StreamedContent recommendationPdf() {
        return Downloads.of("lista-rekomendacji-" + id + ".pdf", "application/pdf", ApplicationListPdf.render(calls.recommendationList(id)));
    }

    public StreamedContent decisionPdf() {
        return Downloads.of("rozstrzygniecie-" + id + ".pdf", "application/pdf", ApplicationListPdf.render(calls.decisionList(id)));
    }

    public List<ApplicationCallService.Member> getCandidates() {
        return calls.committeeCandidates();
    }

    /** "Szkoła podstawowa: 3, Poradnia: 6; inne: 3". */
    public String getLimitsText() {
        var rules = view.call().rules();
        List<String> parts = new ArrayList<>();
        for (Integer type : rules.eligibleUnitTypes()) {
            parts.add(view.unitTypeNames().getOrDefault(type, String.valueOf(type)) + ": " + rules.limitFor(type));
        }
        return String.join(", ", parts);
    }

    public boolean isCollecting() {
        return view != null && view.call().stage() == CallStage.COLLECTING;
    }

    public boolean isStage(String stage) {
        return view != null && view.call().stage().name().equals(stage);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ApplicationCallService.CallView getView() { return view; }
    public ApplicationCallService.RankingView getRanking() { return ranking; }
    public List<String> getCommittee() { return committee; }
    public void setCommittee(List<String> committee) { this.committee = committee; }
    public boolean isCloseEarly() { return closeEarly; }
    public void setCloseEarly(boolean closeEarly) { this.closeEarly = closeEarly; }
    public Map<Long, String> getAmounts() { return amounts; }
    public Map<Long, List<String>> getAssignments() { return assignments; }
}
