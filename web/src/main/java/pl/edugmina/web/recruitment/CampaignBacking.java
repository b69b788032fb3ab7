package pl.edugmina.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.recruitment.application.CampaignService;
import pl.edugmina.recruitment.domain.setup.CampaignDraft;
import pl.edugmina.recruitment.domain.setup.CatchmentDraft;
import pl.edugmina.recruitment.domain.setup.ClassDraft;
import pl.edugmina.recruitment.domain.setup.CriterionDraft;
import pl.edugmina.recruitment.domain.setup.Stage;
import pl.edugmina.recruitment.domain.setup.Timetable;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * recruitment/campaign.xhtml: one campaign as the department sets it up — its data, timetable, offer, criteria,
 * catchment areas (class I) and status. Each section saves on its own; a wrong value is shown next to its field (in a
 * table, next to the field of its row) and nothing typed is lost.
 */
@Named
@ViewScoped
public class CampaignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignService campaigns;

    private Long id;
    private CampaignService.Detail detail;
    private List<CampaignService.UnitOption> units;

    // data
    private String name;
    private Integer maxPreferences;
    private String seed;
    // timetable
    private List<StageRow> stages = new ArrayList<>();
    // offer: a new class, and the seats typed per class
    private Long newUnitId;
    private String newName;
    private String newProfile;
    private String newLanguages;
    private String newExtendedSubjects;
    private Integer newSeats;
    private Map<Long, Integer> seats = new HashMap<>();
    // criteria and catchment lines as edited
    private List<CriterionRow> criteria = new ArrayList<>();
    private List<CatchmentRow> catchment = new ArrayList<>();

    /** A stage's row of the timetable form. */
    public static class StageRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String stage;
        private LocalDate from;
        private LocalDate to;

        StageRow(String stage, LocalDate from, LocalDate to) {
            this.stage = stage;
            this.from = from;
            this.to = to;
        }

        public String getStage() { return stage; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate from) { this.from = from; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate to) { this.to = to; }
    }

    /** A criterion's row as typed (points as text, "7,5"). */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String group = "MUNICIPAL";
        private String label;
        private String points;
        private String proof;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getGroup() { return group; }
        public void setGroup(String group) { this.group = group; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getPoints() { return points; }
        public void setPoints(String points) { this.points = points; }
        public String getProof() { return proof; }
        public void setProof(String proof) { this.proof = proof; }
    }

    /** A line of a school's catchment area as typed. */
    public static class CatchmentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long unitId;
        private String locality;
        private String street;
        private String parity = "ALL";
        private String from;
        private String to;

        public Long getUnitId() { return unitId; }
        public void setUnitId(Long unitId) { this.unitId = unitId; }
        public String getLocality() { return locality; }
        public void setLocality(String locality) { this.locality = locality; }
        public String getStreet() { return street; }
        public void setStreet(String street) { this.street = street; }
        public String getParity() { return parity; }
        public void setParity(String parity) { this.parity = parity; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }
    }

    public void load() {
        if (id == null) {
            throw new NotFoundException("campaign", "?");
        }
        refresh();
        name = detail.name();
        maxPreferences = detail.maxPreferences();
        seed = detail.seed();
        loadStages();
        loadCriteria();
        loadCatchment();
    }

    /** Re-reads the campaign and the seats (what the other sections typed stays). */
    private void refresh() {
        detail = campaigns.detail(id);
        seats = new HashMap<>();
        detail.classes().forEach(k -> seats.put(k.id(), k.seats()));
    }

    private void loadStages() {
        Map<String, CampaignService.StageDates> byStage = new HashMap<>();
        detail.stages().forEach(s -> byStage.put(s.stage(), s));
        stages = new ArrayList<>();
        for (Stage s : Stage.values()) {
            CampaignService.StageDates d = byStage.get(s.name());
            stages.add(new StageRow(s.name(), d == null ? null : d.from(), d == null ? null : d.to()));
        }
    }

    private void loadCriteria() {
        criteria = new ArrayList<>();
        detail.criteria().forEach(k -> criteria.add(row(k.code(), k.group(), k.label(), k.points(), k.proof())));
    }

    private static CriterionRow row(String code, String group, String label, BigDecimal points, String proof) {
        CriterionRow r = new CriterionRow();
        r.code = code;
        r.group = group;
        r.label = label;
        r.points = points == null ? null : points.stripTrailingZeros().toPlainString().replace('.', ',');
        r.proof = proof;
        return r;
    }

    private void loadCatchment() {
        catchment = new ArrayList<>();
        for (CampaignService.CatchmentRow c : detail.catchment()) {
            CatchmentRow r = new CatchmentRow();
            r.unitId = c.unitId();
            r.locality = c.locality();
            r.street = c.street();
            r.parity = c.parity();
            r.from = c.from();
            r.to = c.to();
            catchment.add(r);
        }
    }

    // ---------------------------------------------------------------- actions

    public void saveData() {
        try {
            campaigns.update(id, new CampaignDraft(null, null, name, maxPreferences, seed));
            Faces.info("recruitment.setup.saved");
            refresh();
        } catch (BusinessException e) {
            Faces.show(e, "dataForm");
        }
    }

    public void saveStages() {
        Map<Stage, Timetable.Period> periods = new EnumMap<>(Stage.class);
        stages.forEach(r -> periods.put(Stage.valueOf(r.stage), new Timetable.Period(r.from, r.to)));
        try {
            campaigns.setStages(id, periods);
            Faces.info("recruitment.setup.stages.saved");
            refresh();
        } catch (BusinessException e) {
            RowMessages.show(e, field -> {
                for (int i = 0; i < stages.size(); i++) {
                    if (field.equals(Timetable.field(Stage.valueOf(stages.get(i).stage)))) {
                        return "timetableForm:stageRows:" + i + ":from";
                    }
                }
                return null;
            });
        }
    }

    public void addClass() {
        try {
            campaigns.addClass(id, new ClassDraft(newUnitId, newName, newProfile, newLanguages, newExtendedSubjects, newSeats));
            Faces.info("recruitment.setup.class.added", newName);
            newName = null;
            newProfile = null;
            newLanguages = null;
            newExtendedSubjects = null;
            newSeats = null;
            refresh();
        } catch (BusinessException e) {
            Faces.show(e, "classForm");
        }
    }

    /** Saves the seats typed for one class (the only change once applications are open). */
    public void saveSeats(CampaignService.ClassRow k) {
        try {
            campaigns.updateClass(id, k.id(), new ClassDraft(k.unitId(), k.name(), k.profile(), k.languages(), k.extendedSubjects(), seats.get(k.id())));
            Faces.info("recruitment.setup.class.saved", k.name());
            refresh();
        } catch (BusinessException e) {
            Faces.show(e, "offerForm");
        }
    }

    public void removeClass(CampaignService.ClassRow k) {
        try {
            campaigns.removeClass(id, k.id());
            Faces.info("recruitment.setup.class.removed", k.name());
            refresh();
        } catch (BusinessException e) {
            Faces.show(e, "offerForm");
        }
    }

    public void addCriterion() {
        criteria.add(new CriterionRow());
    }

    public void removeCriterion(int index) {
        if (index >= 0 && index < criteria.size()) {
            criteria.remove(index);
        }
    }

    public void saveCriteria() {
        List<CriterionDraft> drafts = new ArrayList<>();
        List<ValidationException.Violation> errors = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRow r = criteria.get(i);
            BigDecimal points = parsePoints(r.points);
            if (points == null && r.points != null && !r.points.isBlank()) {
                errors.add(new ValidationException.Violation(CriterionDraft.field(i, "points"), "validation.number"));
            }
            drafts.add(new CriterionDraft(r.code, r.group, r.label, points, r.proof));
        }
        Function<String, String> rows = RowMessages.indexed("criteria", "criteriaForm", "criterionRows");
        try {
            ValidationException.throwIfAny(errors);
            campaigns.setCriteria(id, drafts);
            Faces.info("recruitment.setup.criteria.saved");
            refresh();
            loadCriteria();
        } catch (BusinessException e) {
            RowMessages.show(e, rows);
        }
    }

    public void loadDefaults() {
        try {
            List<CriterionDraft> defaults = campaigns.loadDefaultCriteria(id);
            Faces.info("recruitment.setup.criteria.defaultsLoaded", defaults.size());
            refresh();
            loadCriteria();
        } catch (BusinessException e) {
            Faces.show(e, "criteriaForm");
        }
    }

    public void addCatchmentLine() {
        CatchmentRow r = new CatchmentRow();
        if (!catchment.isEmpty()) {
            r.unitId = catchment.get(catchment.size() - 1).unitId;
        }
        catchment.add(r);
    }

    public void removeCatchmentLine(int index) {
        if (index >= 0 && index < catchment.size()) {
            catchment.remove(index);
        }
    }

    public void saveCatchment() {
        List<CatchmentDraft.Line> lines = catchment.stream()
                .map(r -> new CatchmentDraft.Line(r.unitId, r.locality, r.street, r.parity, r.from, r.to)).toList();
        try {
            campaigns.setCatchment(id, lines);
            Faces.info("recruitment.setup.catchment.saved", lines.size());
            refresh();
            loadCatchment();
        } catch (BusinessException e) {
            RowMessages.show(e, RowMessages.indexed("catchment", "catchmentForm", "lineRows"));
        }
    }

    public void move(String status) {
        try {
            campaigns.changeStatus(id, status);
            Faces.info("recruitment.setup.status.changed", Faces.text("recruitment.setup.status." + status));
            refresh();
        } catch (BusinessException e) {
            RowMessages.show(e, field -> null);
        }
    }

    static BigDecimal parsePoints(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        return t.matches("-?[0-9]{1,9}(\\.[0-9]{1,6})?") ? new BigDecimal(t) : null;
    }

    // ---------------------------------------------------------------- for the page

    public List<CampaignService.UnitOption> getUnits() {
        if (units == null) {
            units = campaigns.eligibleUnits(id);
        }
        return units;
    }

    /** The schools of the offer (one catchment area each). */
    public List<CampaignService.ClassRow> getOfferedSchools() {
        Map<Long, CampaignService.ClassRow> byUnit = new java.util.LinkedHashMap<>();
        detail.classes().forEach(k -> byUnit.putIfAbsent(k.unitId(), k));
        return List.copyOf(byUnit.values());
    }

    /** What keeps the campaign from opening, in the user's language. */
    public String missingText(CampaignService.Missing m) {
        return Faces.text(m.messageKey(), m.arguments().toArray());
    }

    public boolean isClassOne() {
        return detail != null && "CLASS_ONE".equals(detail.type());
    }

    public long getTotalSeats() {
        return detail.classes().stream().mapToLong(CampaignService.ClassRow::seats).sum();
    }

    public String[] getParities() {
        return new String[] {"ALL", "ODD", "EVEN"};
    }

    public String[] getGroups() {
        return new String[] {"STATUTORY", "MUNICIPAL"};
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CampaignService.Detail getDetail() { return detail; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getMaxPreferences() { return maxPreferences; }
    public void setMaxPreferences(Integer maxPreferences) { this.maxPreferences = maxPreferences; }
    public String getSeed() { return seed; }
    public void setSeed(String seed) { this.seed = seed; }
    public List<StageRow> getStages() { return stages; }
    public Long getNewUnitId() { return newUnitId; }
    public void setNewUnitId(Long newUnitId) { this.newUnitId = newUnitId; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getNewProfile() { return newProfile; }
    public void setNewProfile(String newProfile) { this.newProfile = newProfile; }
    public String getNewLanguages() { return newLanguages; }
    public void setNewLanguages(String newLanguages) { this.newLanguages = newLanguages; }
    public String getNewExtendedSubjects() { return newExtendedSubjects; }
    public void setNewExtendedSubjects(String newExtendedSubjects) { this.newExtendedSubjects = newExtendedSubjects; }
    public Integer getNewSeats() { return newSeats; }
    public void setNewSeats(Integer newSeats) { this.newSeats = newSeats; }
    public Map<Long, Integer> getSeats() { return seats; }
    public List<CriterionRow> getCriteria() { return criteria; }
    public List<CatchmentRow> getCatchment() { return catchment; }
}
