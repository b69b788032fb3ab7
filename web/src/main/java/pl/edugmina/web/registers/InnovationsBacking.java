package pl.edugmina.web.registers;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.innovations.application.InnovationRegisterService;
import pl.edugmina.innovations.domain.InnovationDraft;
import pl.edugmina.innovations.domain.InnovationKind;
import pl.edugmina.innovations.domain.InnovationStatus;
import pl.edugmina.web.support.Faces;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** registers/innovations.xhtml: a unit keeps its pedagogical innovations; the department searches the whole city. */
@Named
@ViewScoped
public class InnovationsBacking extends DeletableRegisterBacking<InnovationRegisterService.Row, InnovationDraft> {

    private static final long serialVersionUID = 1L;

    @Inject
    private InnovationRegisterService innovations;

    // filters besides the unit and the text
    private String filterKind;
    private String filterStatus;
    private Integer filterYear;

    // the entry being written
    private String title;
    private List<String> kinds = new ArrayList<>();
    private String subjectArea;
    private String classes;
    private LocalDate dateFrom;
    private LocalDate dateTo;
    private String authors;
    private String status = InnovationStatus.PLANNED.name();
    private String description;

    public InnovationsBacking() {
        super("innovation.deleted");
    }

    @Override
    protected InnovationRegisterService register() {
        return innovations;
    }

    @Override
    protected List<InnovationRegisterService.Row> find() {
        return innovations.list(new InnovationRegisterService.Filter(getFilterUnit(),
                blank(filterKind) ? null : InnovationKind.valueOf(filterKind), blank(filterStatus) ? null : InnovationStatus.valueOf(filterStatus),
                filterYear, getQ()));
    }


    public void save() {
        InnovationDraft d = new InnovationDraft(title, kinds.stream().map(InnovationKind::valueOf).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(InnovationKind.class))), subjectArea, classes, dateFrom, dateTo, authors,
                blank(status) ? null : InnovationStatus.valueOf(status), description);
        saveEntry(d, "innovationForm", id -> Faces.info("innovation.saved"));
    }

    @Override
    protected void fill(InnovationRegisterService.Row r) {
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

    @Override
    protected void clearFields() {
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getFilterKind() { return filterKind; }
    public void setFilterKind(String filterKind) { this.filterKind = filterKind; }
    public String getFilterStatus() { return filterStatus; }
    public void setFilterStatus(String filterStatus) { this.filterStatus = filterStatus; }
    public Integer getFilterYear() { return filterYear; }
    public void setFilterYear(Integer filterYear) { this.filterYear = filterYear; }
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
