package pl.edugmina.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.recruitment.application.RecruitmentApplications.Detail;
import pl.edugmina.recruitment.application.SecondaryRecruitment;
import pl.edugmina.recruitment.domain.secondary.SecondaryResults;
import pl.edugmina.recruitment.domain.secondary.SecondarySubjects;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The secondary-school part of portal/recruitment/application.xhtml (included from
 * /WEB-INF/includes/recruitment-secondary-application.xhtml, its own form): the candidate's exam results, grades,
 * distinction, achievements, volunteering and olympiad laureate, saved beside the draft; after the commission's
 * verification its verdict and the points at each class of the list. Works on the application the page shows
 * ({@link RecruitmentApplicationBacking}); a wrong value is shown next to its field.
 */
@Named
@ViewScoped
public class RecruitmentSecondaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The subjects whose grades the form asks for (fixed; the same at every build of the view). */
    public record SubjectItem(String code, String name) implements Serializable {
    }

    private static final List<SubjectItem> EXAM = SecondarySubjects.EXAM.stream().map(s -> new SubjectItem(s, SecondarySubjects.name(s))).toList();
    private static final List<SubjectItem> GRADED = SecondarySubjects.graded().entrySet().stream()
            .map(e -> new SubjectItem(e.getKey(), e.getValue())).toList();

    @Inject
    private SecondaryRecruitment secondary;

    @Inject
    private RecruitmentApplicationBacking page;

    private Long loadedFor;
    private SecondaryRecruitment.Form form;
    private SecondaryRecruitment.ResultsView view;
    private List<SecondaryRecruitment.ClassPoints> points = List.of();
    private final Map<String, Integer> exam = new HashMap<>();
    private final Map<String, Integer> grades = new HashMap<>();
    private final Map<String, Integer> achievements = new HashMap<>();
    private boolean distinction;
    private boolean volunteering;
    private boolean laureate;

    /** Whether the page shows a secondary campaign's application. */
    public boolean isActive() {
        return page.getCampaign() != null && "SECONDARY".equals(page.getCampaign().type());
    }

    /** Whether the application exists (the results are saved with a saved draft). */
    public boolean isSaved() {
        return isActive() && page.getDetail() != null;
    }

    private void ensure() {
        Detail d = page.getDetail();
        if (d == null || d.id() == (loadedFor == null ? -1 : loadedFor)) {
            return;
        }
        loadedFor = d.id();
        reload();
    }

    private void reload() {
        Detail d = page.getDetail();
        form = secondary.form(d.campaignId());
        view = secondary.results(d.id());
        SecondaryResults r = view.declared();
        exam.clear();
        exam.putAll(r.exam());
        grades.clear();
        grades.putAll(r.grades());
        achievements.clear();
        form.achievements().forEach(l -> achievements.put(l.code(), r.achievements().getOrDefault(l.code(), 0)));
        distinction = r.distinction();
        volunteering = r.volunteering();
        laureate = r.laureate();
        points = view.verdict() == null ? List.of() : secondary.points(d.id());
    }

    public void save() {
        ensure();
        try {
            Map<String, Integer> a = new TreeMap<>();
            achievements.forEach((k, v) -> {
                if (v != null && v != 0) {
                    a.put(k, v);
                }
            });
            secondary.saveResults(page.getDetail().id(), new SecondaryResults(exam, grades, distinction, a, volunteering, laureate));
            Faces.info("recruitment.secondary.form.saved");
            reload();
        } catch (BusinessException e) {
            Faces.show(ids(e), "secondaryForm");
        }
    }

    /** The service names fields {@code exam.JEZYK_POLSKI}; the inputs' ids are {@code exam_JEZYK_POLSKI}. */
    static BusinessException ids(BusinessException e) {
        if (!(e instanceof ValidationException v)) {
            return e;
        }
        return new ValidationException(v.violations().stream()
                .map(x -> new ValidationException.Violation(x.field().replace('.', '_'), x.messageKey(), x.arguments())).toList());
    }

    /** The subjects the classes on the list count, by name (for the hint). */
    public String getCountedNames() {
        ensure();
        if (form == null || page.getDetail() == null) {
            return "";
        }
        Set<String> listed = new java.util.LinkedHashSet<>(page.getDetail().draft().preferences().stream().map(String::valueOf).toList());
        Set<String> names = new java.util.LinkedHashSet<>();
        form.classes().stream().filter(c -> listed.contains(String.valueOf(c.classId()))).forEach(c -> names.add(c.names()));
        return String.join("; ", names);
    }

    public List<SubjectItem> getExamSubjects() { return EXAM; }
    public List<SubjectItem> getGradedSubjects() { return GRADED; }

    public List<SecondaryRecruitment.Level> getLevels() {
        ensure();
        return form == null ? List.of() : form.achievements();
    }

    public SecondaryRecruitment.ResultsView getView() {
        ensure();
        return view;
    }

    public List<SecondaryRecruitment.ClassPoints> getPoints() {
        ensure();
        return points;
    }

    public String subjectName(String code) {
        return SecondarySubjects.name(code);
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
}
