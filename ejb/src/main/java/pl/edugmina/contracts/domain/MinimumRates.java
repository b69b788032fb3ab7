package pl.edugmina.contracts.domain;

import pl.edugmina.common.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The city's minimum rates (standards set by the mayor's order, entered by the department) per contract type, year and
 * rate kind, and the rule that flags a contract below them. A rate the department set for a year wins; otherwise a
 * configured default applies to every year (the minimum hourly rate of an umowa zlecenie, from
 * {@code EDUGMINA_CONTRACT_MIN_HOURLY_ZLECENIE}).
 */
public final class MinimumRates {

    /** A minimum: {@code year} null for a configured default that applies to every year without its own. */
    public record Minimum(String typeCode, Integer year, RateKind kind, BigDecimal amount) {
    }

    /** The contract's terms the rule looks at. */
    public record Terms(String typeCode, String typeName, LocalDate dateFrom, LocalDate dateTo, RateKind kind, BigDecimal amount) {
    }

    /** The longest span checked year by year (an open-ended contract is checked up to the current year). */
    static final int MAX_YEARS = 30;

    private final Map<String, BigDecimal> byYear = new HashMap<>();
    private final Map<String, BigDecimal> defaults = new HashMap<>();

    public MinimumRates(Collection<Minimum> set, Collection<Minimum> configuredDefaults) {
        set.forEach(m -> byYear.put(key(m.typeCode(), m.year(), m.kind()), m.amount()));
        configuredDefaults.forEach(m -> defaults.put(key(m.typeCode(), null, m.kind()), m.amount()));
    }

    public Optional<BigDecimal> of(String typeCode, int year, RateKind kind) {
        BigDecimal set = byYear.get(key(typeCode, year, kind));
        return Optional.ofNullable(set != null ? set : defaults.get(key(typeCode, null, kind)));
    }

    /**
     * Why the contract is below the city's minimum, or empty: for every year the contract runs (an open-ended one up to
     * {@code today}'s year), its per-hour or per-month amount is compared with that year's minimum of its type.
     */
    public Optional<String> flag(Terms t, LocalDate today) {
        if (t.kind() == null || !t.kind().hasMinimum() || t.amount() == null || t.dateFrom() == null) {
            return Optional.empty();
        }
        int first = t.dateFrom().getYear();
        int last = t.dateTo() != null ? t.dateTo().getYear() : Math.max(first, today.getYear());
        last = Math.min(last, first + MAX_YEARS - 1);
        List<String> reasons = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            Optional<BigDecimal> min = of(t.typeCode(), y, t.kind());
            if (min.isPresent() && t.amount().compareTo(min.get()) < 0) {
                reasons.add(y + " r.: minimum " + Money.format(min.get()));
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        String what = t.kind() == RateKind.HOURLY ? "Stawka godzinowa" : "Kwota miesięczna";
        return Optional.of(what + " " + Money.format(t.amount()) + " jest niższa od stawki minimalnej miasta dla typu „" + t.typeName()
                + "” (" + String.join("; ", reasons) + ").");
    }

    private static String key(String type, Integer year, RateKind kind) {
        return type + "|" + (year == null ? "*" : year) + "|" + kind;
    }
}
