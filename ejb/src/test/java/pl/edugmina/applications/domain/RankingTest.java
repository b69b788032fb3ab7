package pl.edugmina.applications.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

    /** Innowacyjność (max 10, weight 2), Koszty (max 10). */
    static final Criteria TWO = Criteria.parse(CriteriaTest.json("[{'label':'Innowacyjność','maxPoints':10,'weight':2},{'label':'Koszty','maxPoints':10}]"));
    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    static Map<String, BigDecimal> sheet(String k1, String k2) {
        return Map.of("k1", new BigDecimal(k1), "k2", new BigDecimal(k2));
    }

    static Ranking.Candidate candidate(long id, Instant submitted, Set<String> members, Object... memberSheet) {
        Map<String, Map<String, BigDecimal>> sheets = new HashMap<>();
        for (int i = 0; i < memberSheet.length; i += 2) {
            @SuppressWarnings("unchecked")
            Map<String, BigDecimal> s = (Map<String, BigDecimal>) memberSheet[i + 1];
            sheets.put((String) memberSheet[i], s);
        }
        return new Ranking.Candidate(id, submitted, BigDecimal.valueOf(1000), members, sheets);
    }

    @Test
    void averagesPerCriterionWeightedTotalAndRank() {
        var a = candidate(1, T0, Set.of("ewa", "jan"), "ewa", sheet("8", "6"), "jan", sheet("7", "9"));
        var b = candidate(2, T0, Set.of("ewa", "jan"), "ewa", sheet("10", "2"), "jan", sheet("9", "3"));
        List<Ranking.Row> rows = Ranking.rank(TWO, List.of(a, b));
        // a: averages 7.5 and 7.5 → 2 × 7.5 + 7.5 = 22.5; b: 9.5 and 2.5 → 19 + 2.5 = 21.5
        assertThat(rows).extracting(Ranking.Row::id).containsExactly(1L, 2L);
        assertThat(rows.get(0).averages()).containsExactly(Map.entry("k1", new BigDecimal("7.50")), Map.entry("k2", new BigDecimal("7.50")));
        assertThat(rows.get(0).total()).isEqualByComparingTo("22.5");
        assertThat(rows.get(1).total()).isEqualByComparingTo("21.5");
        assertThat(rows).extracting(Ranking.Row::rank).containsExactly(1, 2);
    }

    @Test
    void aTieIsBrokenByTheFirstCriterionThenTheNextOnes() {
        // both total 20: a = 2×6 + 8, b = 2×7 + 6 → b is higher on the first criterion
        var a = candidate(1, T0, Set.of("ewa"), "ewa", sheet("6", "8"));
        var b = candidate(2, T0.plusSeconds(60), Set.of("ewa"), "ewa", sheet("7", "6"));
        assertThat(Ranking.rank(TWO, List.of(a, b))).extracting(Ranking.Row::id).containsExactly(2L, 1L);
    }

    @Test
    void aFullTieIsBrokenByTheEarlierFirstSubmissionThenTheLowerNumber() {
        var late = candidate(1, T0.plusSeconds(3600), Set.of("ewa"), "ewa", sheet("5", "5"));
        var early = candidate(2, T0, Set.of("ewa"), "ewa", sheet("5", "5"));
        var sameTimeHigherNumber = candidate(3, T0, Set.of("ewa"), "ewa", sheet("5", "5"));
        assertThat(Ranking.rank(TWO, List.of(sameTimeHigherNumber, late, early))).extracting(Ranking.Row::id).containsExactly(2L, 3L, 1L);
        assertThat(Ranking.rank(TWO, List.of(late, early, sameTimeHigherNumber))).as("input order does not matter")
                .extracting(Ranking.Row::id).containsExactly(2L, 3L, 1L);
    }

    @Test
    void totalsAreComparedExactlyNotAfterRounding() {
        Criteria one = Criteria.parse(CriteriaTest.json("[{'label':'Ocena','maxPoints':10}]"));
        // a: (1 + 1 + 2) / 3 = 1.3333…; b: (1.33 + 1.33) / 2 = 1.33 — both shown as 1.33, a is higher
        var a = new Ranking.Candidate(1, T0.plusSeconds(99), BigDecimal.TEN, Set.of("x", "y", "z"),
                Map.of("x", Map.of("k1", BigDecimal.ONE), "y", Map.of("k1", BigDecimal.ONE), "z", Map.of("k1", new BigDecimal("2"))));
        var b = new Ranking.Candidate(2, T0, BigDecimal.TEN, Set.of("x", "y"),
                Map.of("x", Map.of("k1", new BigDecimal("1.33")), "y", Map.of("k1", new BigDecimal("1.33"))));
        List<Ranking.Row> rows = Ranking.rank(one, List.of(b, a));
        assertThat(rows).extracting(Ranking.Row::id).containsExactly(1L, 2L);
        assertThat(rows).extracting(Ranking.Row::total).containsExactly(new BigDecimal("1.33"), new BigDecimal("1.33"));
    }

    @Test
    void anApplicationNotScoredByEveryAssignedMemberIsIncompleteAndUnranked() {
        var done = candidate(1, T0, Set.of("ewa", "jan"), "ewa", sheet("1", "1"), "jan", sheet("1", "1"));
        var half = candidate(2, T0, Set.of("ewa", "jan"), "ewa", sheet("10", "10"));
        var nobody = candidate(3, T0, Set.of());
        var outsider = candidate(4, T0, Set.of("ewa"), "ewa", sheet("2", "2"), "piotr", sheet("10", "10"));
        List<Ranking.Row> rows = Ranking.rank(TWO, List.of(half, nobody, done, outsider));
        assertThat(rows).extracting(Ranking.Row::id).containsExactly(4L, 1L, 2L, 3L);
        assertThat(rows.get(0).total()).as("a sheet of someone not assigned does not count").isEqualByComparingTo("6");
        Ranking.Row incomplete = rows.get(2);
        assertThat(incomplete.complete()).isFalse();
        assertThat(incomplete.rank()).isNull();
        assertThat(incomplete.total()).isNull();
        assertThat(incomplete.scored()).isEqualTo(1);
        assertThat(incomplete.assigned()).isEqualTo(2);
        assertThat(rows.get(3).complete()).isFalse();
    }
}
