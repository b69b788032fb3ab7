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
import pl.edugmina.registers.domain.UnitRegisterEntry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A contract a unit signed with an external party, as kept in its register. */
@Entity
@Table(name = "external_contract")
public class ExternalContract extends UnitRegisterEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "external_contract_seq")
    @SequenceGenerator(name = "external_contract_seq", sequenceName = "external_contract_seq", allocationSize = 50)
    private Long id;
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

    protected ExternalContract() {
    }

    /** {@code draft} must be normalised and without problems. */
    public ExternalContract(long unitId, ContractDraft draft, String by, Instant at) {
        super(unitId, by, at);
        change(draft, at);
    }

    public void change(ContractDraft d, Instant at) {
        requireNoProblems(d.problems());
        this.partyName = d.partyName();
        this.partyNip = d.partyNip();
        this.subject = d.subject();
        this.typeCode = d.typeCode();
        this.dateFrom = d.dateFrom();
        this.dateTo = d.dateTo();
        this.rateKind = d.rateKind();
        this.amount = d.amount();
        this.hours = d.hours();
        changedAt(at);
    }

    public MinimumRates.Terms terms(String typeName) {
        return new MinimumRates.Terms(typeCode, typeName, dateFrom, dateTo, rateKind, amount);
    }

    @Override
    public Long id() { return id; }
    public String partyName() { return partyName; }
    public String partyNip() { return partyNip; }
    public String subject() { return subject; }
    public String typeCode() { return typeCode; }
    public LocalDate dateFrom() { return dateFrom; }
    public LocalDate dateTo() { return dateTo; }
    public RateKind rateKind() { return rateKind; }
    public BigDecimal amount() { return amount; }
    public BigDecimal hours() { return hours; }
}
