package pl.edugmina.contracts.domain;

import pl.edugmina.registry.domain.validation.Nip;
import pl.edugmina.common.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A contract as a unit enters it; {@link #problems()} names every wrong field. */
public record ContractDraft(String partyName, String partyNip, String subject, String typeCode, LocalDate dateFrom, LocalDate dateTo,
                            RateKind rateKind, BigDecimal amount, BigDecimal hours) {

    public static final int MAX_PARTY = 300;
    public static final int MAX_SUBJECT = 1000;
    public static final BigDecimal MAX_HOURS = new BigDecimal("999999.99");

    public record Problem(String field, String messageKey, List<Object> arguments) {
        Problem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    public ContractDraft normalised() {
        String nip = partyNip == null || partyNip.isBlank() ? null : Nip.normalize(partyNip);
        return new ContractDraft(strip(partyName), nip, strip(subject), strip(typeCode), dateFrom, dateTo, rateKind,
                amount == null ? null : Money.exact(amount).orElse(amount), hours);
    }

    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        text(p, "partyName", partyName, MAX_PARTY);
        if (partyNip != null && !partyNip.isBlank() && !Nip.isValid(Nip.normalize(partyNip))) {
            p.add(new Problem("partyNip", "unit.nip.invalid"));
        }
        text(p, "subject", subject, MAX_SUBJECT);
        if (typeCode == null || typeCode.isBlank()) {
            p.add(new Problem("type", "validation.required"));
        }
        if (dateFrom == null) {
            p.add(new Problem("dateFrom", "validation.required"));
        } else if (dateFrom.getYear() < 2000 || dateFrom.getYear() > 2100) {
            p.add(new Problem("dateFrom", "contract.date.range"));
        }
        if (dateTo != null && dateFrom != null && dateTo.isBefore(dateFrom)) {
            p.add(new Problem("dateTo", "contract.dateTo.beforeFrom"));
        } else if (dateTo != null && dateTo.getYear() > 2100) {
            p.add(new Problem("dateTo", "contract.date.range"));
        }
        if (rateKind == null) {
            p.add(new Problem("rateKind", "validation.required"));
        }
        if (amount == null) {
            p.add(new Problem("amount", "validation.required"));
        } else if (!Money.isPositive(amount)) {
            p.add(new Problem("amount", "repair.amount.invalid"));
        }
        if (hours != null && (hours.signum() <= 0 || hours.scale() > 2 || hours.compareTo(MAX_HOURS) > 0)) {
            p.add(new Problem("hours", "contract.hours.invalid"));
        }
        if (hours != null && rateKind != null && rateKind != RateKind.HOURLY) {
            p.add(new Problem("hours", "contract.hours.onlyHourly"));
        }
        return p;
    }

    private static void text(List<Problem> p, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            p.add(new Problem(field, "validation.required"));
        } else if (value.strip().length() > max) {
            p.add(new Problem(field, "validation.tooLong", max));
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
