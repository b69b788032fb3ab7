package pl.edugmina.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.recruitment.application.RecruitmentCommission;
import pl.edugmina.recruitment.application.SecondaryRecruitment;
import pl.edugmina.recruitment.domain.secondary.SecondaryResults;
import pl.edugmina.recruitment.domain.secondary.SecondarySubjects;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The secondary-school part of recruitment/commission-application.xhtml (included from
 * /WEB-INF/includes/recruitment-secondary-commission.xhtml): the results the parent declared, and the commission's
 * decision on them: accepted as declared, or corrected (the values typed here) with a reason the parent reads.
 */
@Named
@ViewScoped
public class CommissionSecondaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public record SubjectItem(String code, String name) implements Serializable {
    }

    private static final List<SubjectItem> EXAM = SecondarySubjects.EXAM.stream().map(s -> new SubjectItem(s, SecondarySubjects.name(s))).toList();
    private static final List<SubjectItem> GRADED = SecondarySubjects.graded().entrySet().stream()
            .map(e -> new SubjectItem(e.getKey(), e.getValue())).toList();

    @Inject
    private SecondaryRecruitment secondary;

    @Inject
    private RecruitmentCommission commission;

    @Inject
    private CommissionApplicationBacking page;

    private Long loadedFor;
    private SecondaryRecruitment.ResultsView view;
    private List<SecondaryRecruitment.Level> levels = List.of();
    private final Map<String, Integer> exam = new HashMap<>();
    private final Map<String, Integer> grades = new HashMap<>();
    private final Map<String, Integer> achievements = new HashMap<>();
    private boolean distinction;
    private boolean volunteering;
    private boolean laureate;
    private String reason;

    public boolean isActive() {
        return page.getDetail() != null && "SECONDARY".equals(page.getDetail().campaignType());
    }

    private void ensure() {
        if (!isActive() || page.getDetail().id() == (loadedFor == null ? -1 : loadedFor)) {
            return;
        }
        loadedFor = page.getDetail().id();
        reload();
    }

    private void reload() {
        view = secondary.results(page.getDetail().id());
        levels = secondary.form(page.getDetail().campaignId()).achievements();
        SecondaryResults r = view.results();
        exam.clear();
        exam.putAll(r.exam());
        grades.clear();
        grades.putAll(r.grades());
        achievements.clear();
        levels.forEach(l -> achievements.put(l.code(), r.achievements().getOrDefault(l.code(), 0)));
        distinction = r.distinction();
        volunteering = r.volunteering();
        laureate = r.laureate();
        reason = view.reason();
    }

    public void accept() {
        ensure();
        decide("ACCEPTED", null, null, "recruitment.secondary.commission.accepted");
    }

    public void correct() {
        ensure();
        Map<String, Integer> a = new TreeMap<>();
        achievements.forEach((k, v) -> {
            if (v != null && v != 0) {
                a.put(k, v);
            }
        });
        decide("CORRECTED", reason, new SecondaryResults(exam, grades, distinction, a, volunteering, laureate),
                "recruitment.secondary.commission.corrected");
    }

    private void decide(String verdict, String why, SecondaryResults corrected, String done) {
        try {
            commission.decideSecondary(page.getDetail().id(), verdict, why, corrected);
            Faces.info(done);
            page.load();
            reload();
        } catch (BusinessException e) {
            Faces.show(ids(e), "secondaryDecision");
        }
    }

    static BusinessException ids(BusinessException e) {
        if (!(e instanceof ValidationException v)) {
            return e;
        }
        return new ValidationException(v.violations().stream()
                .map(x -> new ValidationException.Violation(x.field().replace('.', '_'), x.messageKey(), x.arguments())).toList());
    }

    public List<SubjectItem> getExamSubjects() { return EXAM; }
    public List<SubjectItem> getGradedSubjects() { return GRADED; }
    public List<SecondaryRecruitment.Level> getLevels() { ensure(); return levels; }
    public SecondaryRecruitment.ResultsView getView() { ensure(); return view; }

    /** What the parent declared for a subject's exam or grade, or a dash. */
    public String declaredExam(String code) {
        ensure();
        Integer v = view == null ? null : view.declared().exam().get(code);
        return v == null ? "–" : v + "%";
    }

    public String declaredGrade(String code) {
        ensure();
        Integer v = view == null ? null : view.declared().grades().get(code);
        return v == null ? "–" : v.toString();
    }

    public int declaredAchievements(String code) {
        ensure();
        return view == null ? 0 : view.declared().achievements().getOrDefault(code, 0);
    }

    public Map<String, Integer> getExam() { ensure(); return exam; }
    public Map<String, Integer> getGrades() { ensure(); return grades; }
    public Map<String, Integer> getAchievements() { ensure(); return achievements; }
    public boolean isDistinction() { ensure(); return distinction; }
    public void setDistinction(boolean v) { this.distinction = v; }
    public boolean isVolunteering() { ensure(); return volunteering; }
    public void setVolunteering(boolean v) { this.volunteering = v; }
    public boolean isLaureate() { ensure(); return laureate; }
    public void setLaureate(boolean v) { this.laureate = v; }
    public String getReason() { ensure(); return reason; }
    public void setReason(String v) { this.reason = v; }
}
