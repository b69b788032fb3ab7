package pl.edugmina.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.recruitment.application.SecondaryRecruitment;
import pl.edugmina.recruitment.domain.secondary.SecondarySubjects;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SECONDARY part of recruitment/campaign.xhtml (included from /WEB-INF/includes/recruitment-secondary-setup.xhtml):
 * how the campaign counts points (the law's numbers until the department changes them) and the two subjects each
 * class counts besides Polish and maths. Works on the campaign the page shows ({@link CampaignBacking}).
 */
@Named
@ViewScoped
public class CampaignSecondaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public record SubjectItem(String code, String name) implements Serializable {
    }

    private static final List<SubjectItem> EXAM = SecondarySubjects.EXAM.stream().map(s -> new SubjectItem(s, SecondarySubjects.name(s))).toList();
    private static final List<String> GRADES = List.of("6", "5", "4", "3", "2", "1");

    /** A level of achievements as edited. */
    public static class LevelRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String label;
        private String points;

        public String getCode() { return code; }
        public String getLabel() { return label; }
        public void setLabel(String v) { this.label = v; }
        public String getPoints() { return points; }
        public void setPoints(String v) { this.points = v; }
    }

    @Inject
    private SecondaryRecruitment secondary;

    @Inject
    private CampaignBacking page;

    private Long loadedFor;
    private SecondaryRecruitment.Setup setup;
    private final Map<String, String> weights = new HashMap<>();
    private final Map<String, String> gradePoints = new HashMap<>();
    private Integer gradedSubjects;
    private String distinction;
    private String achievementsCap;
    private String volunteering;
    private String maximum;
    private Integer laureateTier;
    private List<LevelRow> levels = new ArrayList<>();
    private final Map<Long, String> first = new HashMap<>();
    private final Map<Long, String> second = new HashMap<>();

    public boolean isActive() {
        return page.getDetail() != null && "SECONDARY".equals(page.getDetail().type());
    }

    private void ensure() {
        if (!isActive() || page.getId().equals(loadedFor)) {
            return;
        }
        loadedFor = page.getId();
        reload();
    }

    private void reload() {
        setup = secondary.setup(page.getId());
        SecondaryRecruitment.Config c = setup.config();
        weights.clear();
        c.examWeights().forEach((k, v) -> weights.put(k, text(v)));
        gradePoints.clear();
        c.gradePoints().forEach((k, v) -> gradePoints.put(k, text(v)));
        gradedSubjects = c.gradedSubjects();
        distinction = text(c.distinction());
        achievementsCap = text(c.achievementsCap());
        volunteering = text(c.volunteering());
        maximum = text(c.maximum());
        laureateTier = c.laureateTier();
        levels = new ArrayList<>();
        for (SecondaryRecruitment.Level l : c.achievements()) {
            LevelRow r = new LevelRow();
            r.code = l.code();
            r.label = l.label();
            r.points = text(l.points());
            levels.add(r);
        }
        first.clear();
        second.clear();
        for (SecondaryRecruitment.ClassSubjects k : setup.classes()) {
            first.put(k.classId(), k.subjects().size() > 0 ? k.subjects().get(0) : null);
            second.put(k.classId(), k.subjects().size() > 1 ? k.subjects().get(1) : null);
        }
    }

    public void saveConfig() {
        ensure();
        List<ValidationException.Violation> v = new ArrayList<>();
        Map<String, BigDecimal> w = new TreeMap<>();
        weights.forEach((k, s) -> w.put(k, number(s, "examWeights_" + k, v)));
        Map<String, BigDecimal> g = new TreeMap<>();
        gradePoints.forEach((k, s) -> {
            if (s != null && !s.isBlank()) {
                g.put(k, number(s, "gradePoints_" + k, v));
            }
        });
        List<SecondaryRecruitment.Level> l = new ArrayList<>();
        for (LevelRow r : levels) {
            l.add(new SecondaryRecruitment.Level(r.code, r.label, number(r.points, "levels", v)));
        }
        SecondaryRecruitment.Config c = new SecondaryRecruitment.Config(w, g, gradedSubjects == null ? 0 : gradedSubjects,
                number(distinction, "distinction", v), number(achievementsCap, "achievementsCap", v), number(volunteering, "volunteering", v),
                number(maximum, "maximum", v), l, laureateTier == null ? -1 : laureateTier);
        try {
            ValidationException.throwIfAny(v);
            secondary.saveConfig(page.getId(), c);
            Faces.info("recruitment.secondary.setup.saved");
            reload();
        } catch (BusinessException e) {
            Faces.show(ids(e), "secondaryConfigForm");
        }
    }

    public void saveSubjects(long classId) {
        ensure();
        try {
            List<String> s = new ArrayList<>();
            s.add(first.get(classId));
            s.add(second.get(classId));
            secondary.setClassSubjects(page.getId(), classId, s.stream().filter(x -> x != null && !x.isBlank()).toList());
            Faces.info("recruitment.secondary.setup.subjectsSaved");
            reload();
        } catch (ValidationException e) {
            // next to the row's first subject (the table's rows are in the order of the set-up's classes)
            int row = 0;
            while (row < setup.classes().size() && setup.classes().get(row).classId() != classId) {
                row++;
            }
            jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
            for (ValidationException.Violation v : e.violations()) {
                fc.addMessage("secondarySubjectsForm:classSubjects:" + row + ":first", new jakarta.faces.application.FacesMessage(
                        jakarta.faces.application.FacesMessage.SEVERITY_ERROR, pl.edugmina.web.support.Messages.get(Faces.locale(), v.messageKey(),
                        v.arguments()), null));
            }
            fc.addMessage(null, new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                    Faces.text("error.validation"), null));
            fc.validationFailed();
        } catch (BusinessException e) {
            Faces.show(e, "secondarySubjectsForm");
        }
    }

    private static BigDecimal number(String s, String field, List<ValidationException.Violation> v) {
        if (s == null || s.isBlank()) {
            v.add(new ValidationException.Violation(field, "validation.required"));
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            v.add(new ValidationException.Violation(field, "recruitment.secondary.setup.number"));
            return null;
        }
    }

    static BusinessException ids(BusinessException e) {
        if (!(e instanceof ValidationException v)) {
            return e;
        }
        return new ValidationException(v.violations().stream()
                .map(x -> new ValidationException.Violation(x.field().replace('.', '_'), x.messageKey(), x.arguments())).toList());
    }

    private static String text(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public List<SubjectItem> getExamSubjects() { return EXAM; }
    public List<String> getGrades() { return GRADES; }
    public List<SubjectItem> getChoosable() {
        return SecondarySubjects.choosable().stream().map(s -> new SubjectItem(s, SecondarySubjects.name(s))).toList();
    }
    public SecondaryRecruitment.Setup getSetup() { ensure(); return setup; }
    public boolean isEditable() { ensure(); return setup != null && setup.editable(); }
    public Map<String, String> getWeights() { ensure(); return weights; }
    public Map<String, String> getGradePoints() { ensure(); return gradePoints; }
    public Integer getGradedSubjects() { ensure(); return gradedSubjects; }
    public void setGradedSubjects(Integer v) { this.gradedSubjects = v; }
    public String getDistinction() { ensure(); return distinction; }
    public void setDistinction(String v) { this.distinction = v; }
    public String getAchievementsCap() { ensure(); return achievementsCap; }
    public void setAchievementsCap(String v) { this.achievementsCap = v; }
    public String getVolunteering() { ensure(); return volunteering; }
    public void setVolunteering(String v) { this.volunteering = v; }
    public String getMaximum() { ensure(); return maximum; }
    public void setMaximum(String v) { this.maximum = v; }
    public Integer getLaureateTier() { ensure(); return laureateTier; }
    public void setLaureateTier(Integer v) { this.laureateTier = v; }
    public List<LevelRow> getLevels() { ensure(); return levels; }
    public Map<Long, String> getFirst() { ensure(); return first; }
    public Map<Long, String> getSecond() { ensure(); return second; }
}
