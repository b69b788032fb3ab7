package pl.edugmina.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A contract a unit signed with an external party, as kept in its register. */
@Entity
@Table(name = "external_contract")
public class ExternalContract {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "external_contract_seq")
    @SequenceGenerator(name = "external_contract_seq", sequenceName = "external_contract_seq", allocationSize = 50)
    private Long id;
    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;
    @Column(name = "party_name")
    private String partyName;
    @Column(name = "party_nip")
    private String partyNip;
    private String subject;
    @Column(name = "contract_type")
    private String typeCode;
    @Column(name = "date_from")
    private LocalDate dateFrom;
    @Column(name = "date_to")
    private LocalDate dateTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "rate_kind")
    private RateKind rateKind;
    private BigDecimal amount;
    private BigDecimal hours;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private int version;

    protected ExternalContract() {
    }

    /** {@code draft} must be normalised and without problems. */
    public ExternalContract(long unitId, ContractDraft draft, String by, Instant at) {
        this.unitId = unitId;
        this.createdBy = by;
        this.createdAt = at;
        change(draft, at);
    }

    public void change(ContractDraft d, Instant at) {
        if (!d.problems().isEmpty()) {
            throw new IllegalArgumentException("a draft with problems: " + d.problems());
        }
        this.partyName = d.partyName();
        this.partyNip = d.partyNip();
        this.subject = d.subject();
        this.typeCode = d.typeCode();
        this.dateFrom = d.dateFrom();
        this.dateTo = d.dateTo();
        this.rateKind = d.rateKind();
        this.amount = d.amount();
        this.hours = d.hours();
        this.updatedAt = at;
    }

    public MinimumRates.Terms terms(String typeName) {
        return new MinimumRates.Terms(typeCode, typeName, dateFrom, dateTo, rateKind, amount);
    }

    public Long id() { return id; }
    public long unitId() { return unitId; }
    public String partyName() { return partyName; }
    public String partyNip() { return partyNip; }
    public String subject() { return subject; }
    public String typeCode() { return typeCode; }
    public LocalDate dateFrom() { return dateFrom; }
    public LocalDate dateTo() { return dateTo; }
    public RateKind rateKind() { return rateKind; }
    public BigDecimal amount() { return amount; }
    public BigDecimal hours() { return hours; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }
}
