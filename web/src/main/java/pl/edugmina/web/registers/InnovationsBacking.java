package pl.edugmina.web.registers;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.innovations.application.InnovationRegisterService;
import pl.edugmina.innovations.domain.InnovationDraft;
import pl.edugmina.innovations.domain.InnovationKind;
import pl.edugmina.innovations.domain.InnovationStatus;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.security.ActorService;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** registers/innovations.xhtml: a unit keeps its pedagogical innovations; the department searches the whole city. */
@Named
@ViewScoped
public class InnovationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InnovationRegisterService innovations;

    @Inject
    private UnitRegistryService registry;

    @Inject
    private ActorService actors;

    private Long filterUnit;
    private String filterKind;
    private String filterStatus;
    private Integer filterYear;
    private String q;
    private List<InnovationRegisterService.Row> rows;

    private Long editId;
    private int editVersion;
    private Long unitId;
    private String title;
    private List<String> kinds = new ArrayList<>();
    private String subjectArea;
    private String classes;
    private LocalDate dateFrom;
    private LocalDate dateTo;
    private String authors;
    private String status = InnovationStatus.PLANNED.name();
    private String description;

    private List<UnitView.Ref> myUnits;
    private List<UnitView.Ref> allUnits;

    public void search() {
        rows = innovations.list(new InnovationRegisterService.Filter(filterUnit,
                blank(filterKind) ? null : InnovationKind.valueOf(filterKind), blank(filterStatus) ? null : InnovationStatus.valueOf(filterStatus),
                filterYear, q));
    }

    public List<InnovationRegisterService.Row> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public void save() {
        InnovationDraft d = new InnovationDraft(title, kinds.stream().map(InnovationKind::valueOf).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(InnovationKind.class))), subjectArea, classes, dateFrom, dateTo, authors,
                blank(status) ? null : InnovationStatus.valueOf(status), description);
        try {
            if (editId != null) {
                innovations.update(editId, editVersion, d);
            } else {
                if (unitId == null) {
                    throw new ValidationException(List.of(new ValidationException.Violation("unit", "validation.required")));
                }
                innovations.create(unitId, d);
            }
            Faces.info("innovation.saved");
            clear();
            search();
        } catch (BusinessException e) {
            Faces.show(e, "innovationForm");
        }
    }

    public void edit(InnovationRegisterService.Row r) {
        editId = r.id();
        editVersion = r.version();
        unitId = r.unitId();
        title = r.title();
        kinds = new ArrayList<>(r.kinds().stream().map(Enum::name).toList());
        subjectArea = r.subjectArea();
        classes = r.classes();
        dateFrom = r.dateFrom();
        dateTo = r.dateTo();
        authors = r.authors();
        status = r.status().name();
        description = r.description();
    }

    public void delete(InnovationRegisterService.Row r) {
        try {
            innovations.delete(r.id());
            Faces.info("innovation.deleted");
        } catch (BusinessException e) {
            Faces.show(e, "listForm");
        }
        search();
    }

    public void clear() {
        editId = null;
        title = null;
        kinds = new ArrayList<>();
        subjectArea = null;
        classes = null;
        dateFrom = null;
        dateTo = null;
        authors = null;
        status = InnovationStatus.PLANNED.name();
        description = null;
    }

    public String kindsText(InnovationRegisterService.Row r) {
        return r.kinds().stream().map(k -> Faces.text("innovation.kind." + k.name())).collect(Collectors.joining(", "));
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    public InnovationKind[] getKindValues() {
        return InnovationKind.values();
    }

    public InnovationStatus[] getStatuses() {
        return InnovationStatus.values();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        List<Integer> out = new ArrayList<>();
        for (int y = now + 1; y >= now - 6; y--) {
            out.add(y);
        }
        return out;
    }

    public List<UnitView.Ref> getMyUnits() {
        if (myUnits == null) {
            var me = actors.current();
            myUnits = registry.openUnits().stream().filter(u -> me.canKeepRegistersOf(u.id())).toList();
            if (unitId == null && !myUnits.isEmpty()) {
                unitId = me.unitId() != null && me.canKeepRegistersOf(me.unitId()) ? me.unitId() : myUnits.get(0).id();
            }
        }
        return myUnits;
    }

    public boolean canKeep(long unit) {
        return actors.current().canKeepRegistersOf(unit);
    }

    public List<UnitView.Ref> getAllUnits() {
        if (allUnits == null) {
            allUnits = registry.openUnits();
        }
        return allUnits;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long getFilterUnit() { return filterUnit; }
    public void setFilterUnit(Long filterUnit) { this.filterUnit = filterUnit; }
    public String getFilterKind() { return filterKind; }
    public void setFilterKind(String filterKind) { this.filterKind = filterKind; }
    public String getFilterStatus() { return filterStatus; }
    public void setFilterStatus(String filterStatus) { this.filterStatus = filterStatus; }
    public Integer getFilterYear() { return filterYear; }
    public void setFilterYear(Integer filterYear) { this.filterYear = filterYear; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getEditId() { return editId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<String> getKinds() { return kinds; }
    public void setKinds(List<String> kinds) { this.kinds = kinds; }
    public String getSubjectArea() { return subjectArea; }
    public void setSubjectArea(String subjectArea) { this.subjectArea = subjectArea; }
    public String getClasses() { return classes; }
    public void setClasses(String classes) { this.classes = classes; }
    public LocalDate getDateFrom() { return dateFrom; }
    public void setDateFrom(LocalDate dateFrom) { this.dateFrom = dateFrom; }
    public LocalDate getDateTo() { return dateTo; }
    public void setDateTo(LocalDate dateTo) { this.dateTo = dateTo; }
    public String getAuthors() { return authors; }
    public void setAuthors(String authors) { this.authors = authors; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
