package pl.edugmina.contracts.domain;

import pl.edugmina.common.FieldChecks;
import pl.edugmina.common.FieldProblem;
import pl.edugmina.common.Money;
import pl.edugmina.registry.domain.validation.Nip;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static pl.edugmina.common.FieldChecks.stripToNull;

/** A contract as a unit enters it; {@link #problems()} names every wrong field. */
public record ContractDraft(String partyName, String partyNip, String subject, String typeCode, LocalDate dateFrom, LocalDate dateTo,
                            RateKind rateKind, BigDecimal amount, BigDecimal hours) {

    public static final int MAX_PARTY = 300;
    public static final int MAX_SUBJECT = 1000;
    public static final BigDecimal MAX_HOURS = new BigDecimal("999999.99");

    public record Problem(String field, String messageKey, List<Object> arguments) implements FieldProblem {
    }

    public ContractDraft normalised() {
        String nip = partyNip == null || partyNip.isBlank() ? null : Nip.normalize(partyNip);
        return new ContractDraft(stripToNull(partyName), nip, stripToNull(subject), stripToNull(typeCode), dateFrom, dateTo, rateKind,
                amount == null ? null : Money.exact(amount).orElse(amount), hours);
    }

    public List<Problem> problems() {
        FieldChecks<Problem> p = new FieldChecks<>(Problem::new);
        p.requiredText("partyName", partyName, MAX_PARTY);
        if (partyNip != null && !partyNip.isBlank() && !Nip.isValid(Nip.normalize(partyNip))) {
            p.add("partyNip", "unit.nip.invalid");
        }
        p.requiredText("subject", subject, MAX_SUBJECT);
        p.required("type", typeCode);
        p.requiredDate("dateFrom", dateFrom);
        if (p.endNotBeforeStart("dateTo", dateFrom, dateTo) && dateTo != null && dateTo.getYear() > FieldChecks.MAX_YEAR) {
            p.add("dateTo", "contract.date.range");
        }
        p.required("rateKind", rateKind);
        if (p.required("amount", amount) && !Money.isPositive(amount)) {
            p.add("amount", "repair.amount.invalid");
        }
        if (hours != null && (hours.signum() <= 0 || hours.scale() > 2 || hours.compareTo(MAX_HOURS) > 0)) {
            p.add("hours", "contract.hours.invalid");
        }
        if (hours != null && rateKind != null && rateKind != RateKind.HOURLY) {
            p.add("hours", "contract.hours.onlyHourly");
        }
        return p.list();
    }
}
