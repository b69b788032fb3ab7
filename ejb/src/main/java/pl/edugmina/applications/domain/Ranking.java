package pl.edugmina.applications.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The committee's result. Each member assigned to an application scores it on every criterion on their own (nobody
 * sees another member's points). For an application that <em>all</em> its assigned members scored:
 * <ul>
 * <li>average per criterion = the sum of the members' points / the number of assigned members;</li>
 * <li>total = Σ weight × average (shown rounded half-up to 0.01; compared exactly, as fractions, so rounding never
 * makes or breaks a tie).</li>
 * </ul>
 * Ranking: higher total first. <b>Tie-break</b>, in this order, until one differs: the higher weighted average on the
 * first criterion, then on the second, and so on in the call's order of criteria; then the earlier first submission
 * (a return for corrections does not move an application back); then the lower application number. No two
 * applications share a rank. An application some assigned member has not scored yet (or with nobody assigned) is
 * <em>incomplete</em>: listed after the ranked ones, without a rank, averages or total.
 */
public final class Ranking {

    private Ranking() {
    }

    /** An application to rank: who is assigned to it and the points each member gave (member → criterion → points). */
    public record Candidate(long id, Instant firstSubmittedAt, BigDecimal requested, Set<String> assigned,
                            Map<String, Map<String, BigDecimal>> sheets) {
        public Candidate {
            assigned = Set.copyOf(assigned);
            sheets = Map.copyOf(sheets);
        }
    }

    /** A row of the ranking; {@code rank}, {@code averages} and {@code total} are null for an incomplete application. */
    public record Row(long id, Integer rank, boolean complete, int assigned, int scored, Map<String, BigDecimal> averages,
                      BigDecimal total, BigDecimal requested) {
    }

    private record Scored(Candidate c, int n, BigDecimal[] weightedSums, BigDecimal weightedTotal) {
        /** this.x / this.n compared with other.x / other.n, exactly: x × other.n vs other.x × n. */
        static int compare(BigDecimal a, int na, BigDecimal b, int nb) {
            return a.multiply(BigDecimal.valueOf(nb)).compareTo(b.multiply(BigDecimal.valueOf(na)));
        }
    }

    public static List<Row> rank(Criteria criteria, List<Candidate> candidates) {
        List<Criteria.Criterion> cs = criteria.list();
        List<Scored> complete = new ArrayList<>();
        List<Row> incomplete = new ArrayList<>();
        for (Candidate c : candidates) {
            int scored = (int) c.assigned().stream().filter(m -> fullSheet(cs, c.sheets().get(m))).count();
            if (c.assigned().isEmpty() || scored < c.assigned().size()) {
                incomplete.add(new Row(c.id(), null, false, c.assigned().size(), scored, null, null, c.requested()));
                continue;
            }
            BigDecimal[] weighted = new BigDecimal[cs.size()];
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < cs.size(); i++) {
                String key = cs.get(i).key();
                BigDecimal sum = c.assigned().stream().map(m -> c.sheets().get(m).get(key)).reduce(BigDecimal.ZERO, BigDecimal::add);
                weighted[i] = sum.multiply(cs.get(i).weight());
                total = total.add(weighted[i]);
            }
            complete.add(new Scored(c, c.assigned().size(), weighted, total));
        }
        Comparator<Scored> order = (a, b) -> -Scored.compare(a.weightedTotal(), a.n(), b.weightedTotal(), b.n());
        for (int i = 0; i < cs.size(); i++) {
            int k = i;
            order = order.thenComparing((a, b) -> -Scored.compare(a.weightedSums()[k], a.n(), b.weightedSums()[k], b.n()));
        }
        order = order.thenComparing(s -> s.c().firstSubmittedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(s -> s.c().id());
        complete.sort(order);
        incomplete.sort(Comparator.comparingLong(Row::id));
        List<Row> rows = new ArrayList<>();
        int rank = 0;
        for (Scored s : complete) {
            Map<String, BigDecimal> averages = new LinkedHashMap<>();
            BigDecimal n = BigDecimal.valueOf(s.n());
            for (int i = 0; i < cs.size(); i++) {
                String key = cs.get(i).key();
                BigDecimal sum = s.c().assigned().stream().map(m -> s.c().sheets().get(m).get(key)).reduce(BigDecimal.ZERO, BigDecimal::add);
                averages.put(key, sum.divide(n, 2, RoundingMode.HALF_UP));
            }
            rows.add(new Row(s.c().id(), ++rank, true, s.n(), s.n(), averages, s.weightedTotal().divide(n, 2, RoundingMode.HALF_UP),
                    s.c().requested()));
        }
        rows.addAll(incomplete);
        return rows;
    }

    private static boolean fullSheet(List<Criteria.Criterion> cs, Map<String, BigDecimal> sheet) {
        return sheet != null && cs.stream().allMatch(c -> sheet.get(c.key()) != null);
    }
}
