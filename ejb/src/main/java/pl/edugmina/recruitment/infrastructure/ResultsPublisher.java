package pl.edugmina.recruitment.infrastructure;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Publication of a FINAL run (ADR 0013): everything the public results need, computed once from the run's rows, on the
 * caller's connection and transaction (the one that makes the run the campaign's published result), so that a
 * published run always has its public rows and a superseded one has none left.
 *
 * <ul>
 * <li>{@code recruitment_public_result}: per candidate the code, a copy of the PIN's HMAC, the class and preference
 * placed at, and the answer of the results page as JSON (campaign, outcome QUALIFIED / NOT_QUALIFIED, the class placed
 * at, and each preference with its points, whether it had precedence, its result — QUALIFIED, NOT_QUALIFIED, or
 * NOT_CONSIDERED below the placement — and the class's cut-off points);</li>
 * <li>{@code recruitment_public_class}: per class seats, qualified, free places, cut-off and the lists of codes
 * (qualified; not qualified: those who listed the class and were not qualified to it), codes in order;</li>
 * <li>{@code recruitment_publication}: the run, when, how many and how long it took.</li>
 * </ul>
 * Four streamed reads (the campaign, its classes with the run's figures, the run's result per candidate with the code,
 * the lists in order) into arrays, the rows built here and written by COPY. PostgreSQL building the 350,000 small JSON
 * objects and the classes' arrays itself took most of the time (12 s for 50,000 candidates, docs/benchmarks.md §10).
 */
public final class ResultsPublisher {

    private ResultsPublisher() {
    }

    public record Published(long campaignId, long runId, int candidates, int qualified, int classes, long millis) {
    }

    /** A class as the answers name it, with the run's figures; {@code inRun}: the run has a row for it. */
    private record ClassInfo(long id, long unitId, String unitName, String name, String profile, boolean inRun, int seats, int admitted,
                             Long cutPoints, int runSeats) {
    }

    /**
     * Which public answers to write: {@code only} the run's candidates in it (null: all of them), {@code publishedAt} as
     * the answers say (null: now), {@code round} the extra key of a supplementary round (null: none), {@code freeSeats}
     * each preference's class seats in this run (the supplementary round's free seats), {@code replace} the
     * candidates' existing answers deleted first.
     */
    public record AnswerScope(Set<Long> only, String publishedAt, String round, boolean freeSeats, boolean replace) {
        static final AnswerScope ALL = new AnswerScope(null, null, null, false, false);
    }

    /** What the answers' writer wrote, and per class the codes qualified there and of the others who listed it. */
    private record Answers(int written, int qualified, Map<Long, List<String>> qualifiedCodes, Map<Long, List<String>> notQualifiedCodes,
                           List<ClassInfo> runClasses) {
    }

    /** Replaces whatever the campaign had published with the rows of {@code runId}. */
    public static Published publish(Connection c, long campaignId, long runId) throws SQLException {
        long t0 = System.nanoTime();
        // the run's rows were written by COPY in this very transaction: the planner's statistics do not know them yet
        // and, expecting a handful of rows, chose nested loops over whole tables (3,000 candidates took 253 s in
        // RecruitmentResultsIT); every join here is a bulk join
        update(c, "set local enable_nestloop = off");
        // the run's 50,000 results are sorted by candidate: in memory, not on disk (the default 4 MB spills)
        update(c, "set local work_mem = '64MB'");
        update(c, "delete from recruitment_public_result where campaign_id = ?", campaignId);
        update(c, "delete from recruitment_public_class where campaign_id = ?", campaignId);
        Answers a = answers(c, campaignId, runId, AnswerScope.ALL);
        try (BulkInsert rows = BulkInsert.open(c, "recruitment_public_class", List.of("campaign_id", "class_id", "unit_id", "unit_name",
                "class_name", "profile", "seats", "qualified", "free_places", "cut_points", "qualified_codes", "not_qualified_codes"), mode(c))) {
            for (ClassInfo k : a.runClasses()) {
                rows.number(campaignId).number(k.id()).number(k.unitId()).text(k.unitName()).text(k.name()).text(k.profile())
                        .number(k.seats()).number(k.admitted()).number(Math.max(0, k.seats() - k.admitted())).number(k.cutPoints())
                        .text(array(a.qualifiedCodes().get(k.id()))).text(array(a.notQualifiedCodes().get(k.id()))).endRow();
            }
            rows.finish();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        update(c, """
                insert into recruitment_publication (campaign_id, run_id, published_at, candidates, qualified, publish_ms)
                values (?, ?, clock_timestamp(), ?, ?, ?)
                on conflict (campaign_id) do update set run_id = excluded.run_id, published_at = excluded.published_at,
                    candidates = excluded.candidates, qualified = excluded.qualified, publish_ms = excluded.publish_ms""",
                campaignId, runId, a.written(), a.qualified(), millis);
        return new Published(campaignId, runId, a.written(), a.qualified(), a.runClasses().size(), millis);
    }

    /**
     * Writes the public answers of the run's candidates in {@code scope} (the results page's JSON, as ADR 0013 keeps
     * it), by COPY, on the caller's transaction: the one builder of that answer, for the publication of a FINAL, an
     * appeal's re-evaluation (ADR 0015) and the supplementary round (ADR 0016). Returns how many were written.
     */
    public static int writeAnswers(Connection c, long campaignId, long runId, AnswerScope scope) throws SQLException {
        return answers(c, campaignId, runId, scope).written();
    }

    private static Answers answers(Connection c, long campaignId, long runId, AnswerScope scope) throws SQLException {
        String[] campaign;
        try (PreparedStatement ps = c.prepareStatement("select name, type, school_year, now() from recruitment_campaign where id = ?")) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no campaign " + campaignId);
                }
                campaign = new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        scope.publishedAt() != null ? scope.publishedAt() : rs.getTimestamp(4).toInstant().toString()};
            }
        }
        Map<Long, ClassInfo> classes = new HashMap<>();
        List<ClassInfo> runClasses = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select k.id, k.unit_id, u.name, k.name, k.profile, s.class_id is not null, coalesce(s.seats + s.seats_added, 0),
                       coalesce(s.admitted, 0), s.cut_points, coalesce(s.seats, 0)
                from recruitment_class k join unit u on u.id = k.unit_id
                left join recruitment_allocation_class s on s.run_id = ? and s.class_id = k.id
                where k.campaign_id = ? order by k.id""")) {
            ps.setLong(1, runId);
            ps.setLong(2, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long cut = rs.getLong(9);
                    Long cutPoints = rs.wasNull() ? null : cut;
                    ClassInfo k = new ClassInfo(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBoolean(6), rs.getInt(7), rs.getInt(8), cutPoints, rs.getInt(10));
                    classes.put(k.id(), k);
                    if (k.inRun()) {
                        runClasses.add(k);
                    }
                }
            }
        }
        Results results = Results.read(c, runId, scope.only());
        Lists lists = Lists.read(c, campaignId, scope.only());
        if (scope.replace() && results.n > 0) {
            try (PreparedStatement ps = c.prepareStatement("delete from recruitment_public_result where campaign_id = ? and code = any(?)")) {
                ps.setLong(1, campaignId);
                ps.setArray(2, c.createArrayOf("text", Arrays.copyOf(results.code, results.n)));
                ps.executeUpdate();
            }
        }

        // per class: the codes qualified there and of the others who listed it
        Map<Long, List<String>> qualifiedCodes = new HashMap<>();
        Map<Long, List<String>> notQualifiedCodes = new HashMap<>();
        int qualified = 0;
        try (BulkInsert rows = BulkInsert.open(c, "recruitment_public_result", List.of("code", "campaign_id", "candidate_id", "run_id",
                "pin_hmac", "placed_class_id", "placed_preference", "answer"), mode(c))) {
            StringBuilder json = new StringBuilder(2_048);
            int l = 0;
            for (int i = 0; i < results.n; i++) {
                long candidate = results.candidate[i];
                String code = results.code[i];
                ClassInfo placed = results.placedClass[i] < 0 ? null : classes.get(results.placedClass[i]);
                int placedPreference = results.preference[i];
                if (placed != null) {
                    qualified++;
                }
                json.setLength(0);
                json.append("{\"campaignId\":").append(campaignId);
                string(json, "campaignName", campaign[0]);
                string(json, "campaignType", campaign[1]);
                string(json, "schoolYear", campaign[2]);
                string(json, "code", code);
                json.append(",\"runId\":").append(runId);
                string(json, "publishedAt", campaign[3]);
                if (scope.round() != null) {
                    string(json, "round", scope.round());
                }
                string(json, "outcome", placed == null ? "NOT_QUALIFIED" : "QUALIFIED");
                json.append(",\"placedPreference\":").append(placedPreference).append(",\"placed\":");
                if (placed == null) {
                    json.append("null");
                } else {
                    json.append("{\"classId\":").append(placed.id());
                    string(json, "className", placed.name());
                    string(json, "profile", placed.profile());
                    json.append(",\"unitId\":").append(placed.unitId());
                    string(json, "unitName", placed.unitName());
                    json.append('}');
                }
                json.append(",\"preferences\":[");
                while (l < lists.m && lists.candidate[l] < candidate) {
                    l++;   // a list without a result row in this run: not published
                }
                for (boolean first = true; l < lists.m && lists.candidate[l] == candidate; l++, first = false) {
                    int rank = lists.rank[l];
                    ClassInfo k = classes.get(lists.classId[l]);
                    boolean here = placed != null && placed.id() == k.id();
                    (here ? qualifiedCodes : notQualifiedCodes).computeIfAbsent(k.id(), x -> new ArrayList<>()).add(code);
                    json.append(first ? "" : ",").append("{\"preference\":").append(rank).append(",\"classId\":").append(k.id())
                            .append(",\"unitId\":").append(k.unitId());
                    string(json, "unitName", k.unitName());
                    string(json, "className", k.name());
                    string(json, "profile", k.profile());
                    json.append(",\"points\":").append(BigDecimal.valueOf(lists.points[l], 2).toPlainString())
                            .append(",\"precedence\":").append(lists.precedence[l]);
                    string(json, "result", rank == placedPreference ? "QUALIFIED"
                            : placedPreference > 0 && rank > placedPreference ? "NOT_CONSIDERED" : "NOT_QUALIFIED");
                    json.append(",\"cutOffPoints\":").append(k.cutPoints() == null ? "null" : BigDecimal.valueOf(k.cutPoints(), 2).toPlainString());
                    if (scope.freeSeats()) {
                        json.append(",\"freeSeats\":").append(k.inRun() ? String.valueOf(k.runSeats()) : "null");
                    }
                    json.append('}');
                }
                json.append("]}");
                rows.text(code).number(campaignId).number(candidate).number(runId).text(results.hmac[i])
                        .number(placed == null ? null : placed.id()).number(placedPreference).text(json.toString()).endRow();
            }
            rows.finish();
        }
        return new Answers(results.n, qualified, qualifiedCodes, notQualifiedCodes, runClasses);
    }

    /** The run's result per candidate, in candidate order: code, the PIN's HMAC, class placed at (-1: none), preference. */
    private static final class Results {
        int n;
        long[] candidate = new long[1024];
        String[] code = new String[1024];
        String[] hmac = new String[1024];
        long[] placedClass = new long[1024];
        int[] preference = new int[1024];

        static Results read(Connection c, long runId, Set<Long> only) throws SQLException {
            Results r = new Results();
            try (PreparedStatement ps = c.prepareStatement("""
                    select r.candidate_id, d.code, d.pin_hmac, r.class_id, r.preference
                    from recruitment_allocation_result r join recruitment_candidate d on d.id = r.candidate_id
                    where r.run_id = ?""" + (only == null ? "" : " and r.candidate_id = any(?)") + " order by r.candidate_id")) {
                ps.setFetchSize(10_000);
                ps.setLong(1, runId);
                if (only != null) {
                    ps.setArray(2, c.createArrayOf("bigint", only.toArray()));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (r.n == r.candidate.length) {
                            int size = r.n * 2;
                            r.candidate = Arrays.copyOf(r.candidate, size);
                            r.code = Arrays.copyOf(r.code, size);
                            r.hmac = Arrays.copyOf(r.hmac, size);
                            r.placedClass = Arrays.copyOf(r.placedClass, size);
                            r.preference = Arrays.copyOf(r.preference, size);
                        }
                        r.candidate[r.n] = rs.getLong(1);
                        r.code[r.n] = rs.getString(2);
                        r.hmac[r.n] = rs.getString(3);
                        long placed = rs.getLong(4);
                        r.placedClass[r.n] = rs.wasNull() ? -1 : placed;
                        r.preference[r.n] = rs.getInt(5);
                        r.n++;
                    }
                }
            }
            return r;
        }
    }

    /** The campaign's lists of preferences in (candidate, rank) order: class, points in hundredths, precedence (tier above 0). */
    private static final class Lists {
        int m;
        long[] candidate = new long[4096];
        int[] rank = new int[4096];
        long[] classId = new long[4096];
        long[] points = new long[4096];
        boolean[] precedence = new boolean[4096];

        static Lists read(Connection c, long campaignId, Set<Long> only) throws SQLException {
            Lists l = new Lists();
            try (PreparedStatement ps = c.prepareStatement("select candidate_id, rank, class_id, points, tier from recruitment_preference "
                    + "where campaign_id = ?" + (only == null ? "" : " and candidate_id = any(?)") + " order by candidate_id, rank")) {
                ps.setFetchSize(20_000);
                ps.setLong(1, campaignId);
                if (only != null) {
                    ps.setArray(2, c.createArrayOf("bigint", only.toArray()));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (l.m == l.candidate.length) {
                            int size = l.m * 2;
                            l.candidate = Arrays.copyOf(l.candidate, size);
                            l.rank = Arrays.copyOf(l.rank, size);
                            l.classId = Arrays.copyOf(l.classId, size);
                            l.points = Arrays.copyOf(l.points, size);
                            l.precedence = Arrays.copyOf(l.precedence, size);
                        }
                        l.candidate[l.m] = rs.getLong(1);
                        l.rank[l.m] = rs.getInt(2);
                        l.classId[l.m] = rs.getLong(3);
                        l.points[l.m] = rs.getLong(4);
                        l.precedence[l.m] = rs.getInt(5) > 0;
                        l.m++;
                    }
                }
            }
            return l;
        }
    }

    private static BulkInsert.Mode mode(Connection c) {
        return BulkInsert.copyAvailable(c) ? BulkInsert.Mode.COPY : BulkInsert.Mode.BATCH;
    }

    /** {@code ,"name":"value"} (or null), the value escaped as JSON requires. */
    static void string(StringBuilder json, String name, String value) {
        json.append(",\"").append(name).append("\":");
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        json.append(String.format("\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        json.append('"');
    }

    /** A PostgreSQL text[] literal of the codes, sorted (each element quoted). */
    static String array(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "{}";
        }
        String[] sorted = codes.toArray(String[]::new);
        Arrays.sort(sorted);
        StringBuilder sb = new StringBuilder(sorted.length * 12 + 2).append('{');
        for (int i = 0; i < sorted.length; i++) {
            sb.append(i == 0 ? "\"" : ",\"");
            for (int j = 0; j < sorted[i].length(); j++) {
                char ch = sorted[i].charAt(j);
                if (ch == '"' || ch == '\\') {
                    sb.append('\\');
                }
                sb.append(ch);
            }
            sb.append('"');
        }
        return sb.append('}').toString();
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }
}
