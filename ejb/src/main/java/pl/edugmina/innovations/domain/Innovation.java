package pl.edugmina.innovations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.edugmina.registers.domain.UnitRegisterEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A pedagogical innovation (innowacja pedagogiczna) a unit runs, as kept in its register. */
@Entity
@Table(name = "innovation")
public class Innovation extends UnitRegisterEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "innovation_seq")
    @SequenceGenerator(name = "innovation_seq", sequenceName = "innovation_seq", allocationSize = 50)
    private Long id;
    private String title;
    /** The kinds, comma-separated in the enum's order. */
    private String kinds;
    @Column(name = "subject_area")
    private String subjectArea;
    private String classes;
    @Column(name = "date_from")
    private LocalDate dateFrom;
    @Column(name = "date_to")
    private LocalDate dateTo;
    private String authors;
    @Enumerated(EnumType.STRING)
    private InnovationStatus status;
    private String description;

    protected Innovation() {
    }

    public Innovation(long unitId, InnovationDraft draft, String by, Instant at) {
        super(unitId, by, at);
        change(draft, at);
    }

    /** {@code d} must be normalised and without problems. */
    public void change(InnovationDraft d, Instant at) {
        requireNoProblems(d.problems());
        this.title = d.title();
        this.kinds = encode(d.kinds());
        this.subjectArea = d.subjectArea();
        this.classes = d.classes();
        this.dateFrom = d.dateFrom();
        this.dateTo = d.dateTo();
        this.authors = d.authors();
        this.status = d.status();
        this.description = d.description();
        changedAt(at);
    }

    public static String encode(Set<InnovationKind> kinds) {
        return EnumSet.copyOf(kinds).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<InnovationKind> decode(String kinds) {
        Set<InnovationKind> out = EnumSet.noneOf(InnovationKind.class);
        Arrays.stream(kinds.split(",")).filter(s -> !s.isBlank()).forEach(s -> out.add(InnovationKind.valueOf(s.strip())));
        return out;
    }

    @Override
    public Long id() { return id; }
    public String title() { return title; }
    public Set<InnovationKind> kinds() { return decode(kinds); }
    public String subjectArea() { return subjectArea; }
    public String classes() { return classes; }
    public LocalDate dateFrom() { return dateFrom; }
    public LocalDate dateTo() { return dateTo; }
    public String authors() { return authors; }
    public InnovationStatus status() { return status; }
    public String description() { return description; }
}
