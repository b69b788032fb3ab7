package pl.edugmina.recruitment.domain.points;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An ordered list of criteria with unique codes; sums the points of those a candidate meets. */
public record CriteriaSet(List<Criterion> criteria) {

    public CriteriaSet {
        criteria = List.copyOf(criteria);
        Map<String, Criterion> seen = new LinkedHashMap<>();
        for (Criterion c : criteria) {
            if (seen.put(c.code(), c) != null) {
                throw new IllegalArgumentException("criterion " + c.code() + " listed twice");
            }
        }
    }

    public int size() {
        return criteria.size();
    }

    public boolean has(String code) {
        return criteria.stream().anyMatch(c -> c.code().equals(code));
    }

    /** The points of the criteria met; a code not in the set is refused (it would be a form/configuration mismatch). */
    public BigDecimal sum(Set<String> met) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String code : met) {
            sum = sum.add(find(code).points());
        }
        return sum;
    }

    public int count(Set<String> met) {
        met.forEach(this::find);
        return met.size();
    }

    private Criterion find(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown criterion " + code));
    }
}
