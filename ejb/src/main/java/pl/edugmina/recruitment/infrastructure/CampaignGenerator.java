package pl.edugmina.recruitment.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic synthetic campaign for benchmarks, demonstrations and tests, written straight into PostgreSQL with
 * {@link BulkInsert} on the caller's connection and transaction: {@code candidates} candidates, each with
 * {@code preferences} distinct classes out of {@code classes} classes of 20–40 seats, spread over the open units of
 * the campaign's kind (secondary: licea, technika, branżowe; class I: primary schools; …; all open units when there
 * are none of that kind).
 *
 * <p>The lists follow {@code AllocationBenchmark} (docs/benchmarks.md §9) call for call, so that with the same
 * generator seed the seats and the lists are the same as that benchmark's: popular classes oversubscribed (a class is
 * chosen with probability skewed towards the low-numbered ones), points 0–200.00 per class within ±5 of the
 * candidate's own, 0.5 % laureates (tier 1), 0–3 second-tier criteria. Names, birth dates and guardians come from a
 * second random stream; no PESEL is generated (the column stays empty: no real-looking identifiers in test data).
 */
public final class CampaignGenerator {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");

    private static final String[] GIRLS = {"Zofia", "Zuzanna", "Hanna", "Julia", "Maja", "Laura", "Oliwia", "Alicja", "Lena", "Pola",
            "Amelia", "Antonina", "Maria", "Wiktoria", "Nadia", "Helena"};
    private static final String[] BOYS = {"Jan", "Antoni", "Aleksander", "Franciszek", "Nikodem", "Leon", "Ignacy", "Stanisław",
            "Mikołaj", "Szymon", "Filip", "Wojciech", "Kacper", "Jakub", "Adam", "Tymon"};
    private static final String[] SURNAMES = {"Nowak", "Kowalsk", "Wiśniewsk", "Wójcik", "Kowalczyk", "Kamińsk", "Lewandowsk",
            "Zielińsk", "Szymańsk", "Woźniak", "Dąbrowsk", "Kozłowsk", "Jankowsk", "Mazur", "Kwiatkowsk", "Krawczyk", "Piotrowsk",
            "Grabowsk", "Nowakowsk", "Pawłowsk", "Michalsk", "Nowick", "Adamczyk", "Dudek", "Zając", "Wieczorek", "Jabłońsk", "Król"};
    private static final String[] PROFILES = {"matematyczno-fizyczny", "biologiczno-chemiczny", "humanistyczny", "językowy",
            "matematyczno-informatyczny", "geograficzno-ekonomiczny", "technik programista", "technik informatyk", "technik logistyk",
            "technik żywienia", "mechanik pojazdów samochodowych", "fryzjer"};

    private CampaignGenerator() {
    }

    /**
     * What to generate. {@code type} KINDERGARTEN, CLASS_ONE, SECONDARY or DORMITORY; {@code schoolYear} "2026/2027";
     * {@code seed} drives the data; {@code drawSeed} is the campaign's published draw seed.
     */
    public record Spec(String type, String schoolYear, String name, int candidates, int classes, int preferences, long seed,
                       String drawSeed) {
        public Spec {
            if (candidates < 0 || candidates > 500_000 || classes < 1 || classes > 20_000 || preferences < 1 || preferences > 20) {
                throw new IllegalArgumentException("candidates 0–500,000, classes 1–20,000, preferences 1–20");
            }
        }
    }

    public record Generated(long campaignId, int units, int classes, int seats, int candidates, int guardians, int applications,
                            long millis, String kind) {
    }

    public static Generated generate(Connection c, Spec spec, String createdBy, BulkInsert.Mode mode) throws SQLException {
        return generate(c, spec, createdBy, mode, null);
    }

    /**
     * As {@link #generate(Connection, Spec, String, BulkInsert.Mode)}, and with {@code pinHmac} (the server's
     * {@code CandidatePins::hmac}) every candidate also gets a PIN for the public results page: the deterministic
     * {@link #testPin} of the generator's seed and the candidate's code, stored as its HMAC like any PIN.
     */
    public static Generated generate(Connection c, Spec spec, String createdBy, BulkInsert.Mode mode,
                                     java.util.function.BinaryOperator<String> pinHmac) throws SQLException {
        long t0 = System.nanoTime();
        long[] units = units(c, spec.type());
        int prefs = Math.min(spec.preferences(), spec.classes());
        long campaignId;
        try (PreparedStatement ps = c.prepareStatement("""
                insert into recruitment_campaign (id, type, school_year, name, status, max_preferences, seed, created_by, created_at)
                values (nextval('recruitment_campaign_seq'), ?, ?, ?, 'VERIFICATION', ?, ?, ?, now()) returning id""")) {
            ps.setString(1, spec.type());
            ps.setString(2, spec.schoolYear());
            ps.setString(3, spec.name());
            ps.setInt(4, prefs);
            ps.setString(5, spec.drawSeed());
            ps.setString(6, createdBy);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                campaignId = rs.getLong(1);
            }
        }
        stages(c, campaignId, Integer.parseInt(spec.schoolYear().substring(0, 4)));

        // the lists first, with AllocationBenchmark's random stream
        Random rnd = new Random(spec.seed());
        int m = spec.classes();
        int n = spec.candidates();
        int[] seats = new int[m];
        int seatsTotal = 0;
        for (int k = 0; k < m; k++) {
            seats[k] = 20 + rnd.nextInt(21);
            seatsTotal += seats[k];
        }
        int[] prefClass = new int[n * prefs];
        int[] tier = new int[n * prefs];
        long[] points = new long[n * prefs];
        long[] second = new long[n * prefs];
        for (int i = 0; i < n; i++) {
            long base = rnd.nextInt(20_001);
            boolean laureate = rnd.nextInt(200) == 0;
            int secondTier = rnd.nextInt(4);
            for (int p = 0; p < prefs; p++) {
                int k;
                do {
                    k = (int) (m * Math.pow(rnd.nextDouble(), 2));
                } while (listed(prefClass, i * prefs, p, k));
                int r = i * prefs + p;
                prefClass[r] = k;
                points[r] = Math.max(0, Math.min(20_000, base + rnd.nextInt(1_001) - 500));
                tier[r] = laureate ? 1 : 0;
                second[r] = secondTier;
            }
        }

        Random people = new Random(spec.seed() + 1);
        long[] classIds = PooledIds.reserve(c, "recruitment_class_seq", m);
        String kind;
        try (BulkInsert rows = BulkInsert.open(c, "recruitment_class", List.of("id", "campaign_id", "unit_id", "name", "profile", "seats"), mode)) {
            kind = rows.kind();
            int[] perUnit = new int[units.length];
            for (int k = 0; k < m; k++) {
                int u = k % units.length;
                String name = className(spec.type(), perUnit[u]++);
                rows.number(classIds[k]).number(campaignId).number(units[u]).text(name)
                        .text("SECONDARY".equals(spec.type()) ? PROFILES[people.nextInt(PROFILES.length)] : null).number(seats[k]);
                rows.endRow();
            }
            rows.finish();
        }

        long[] candidateIds = PooledIds.reserve(c, "recruitment_candidate_seq", n);
        int year = Integer.parseInt(spec.schoolYear().substring(0, 4));
        int age = switch (spec.type()) {
            case "KINDERGARTEN" -> 3;
            case "CLASS_ONE" -> 7;
            default -> 15;
        };
        Instant now = Instant.now();
        int[] surnames = new int[n];
        try (BulkInsert rows = BulkInsert.open(c, "recruitment_candidate",
                List.of("id", "campaign_id", "code", "first_name", "last_name", "birth_date", "pesel", "created_at", "pin_hmac"), mode)) {
            for (int i = 0; i < n; i++) {
                boolean girl = people.nextBoolean();
                String first = girl ? GIRLS[people.nextInt(GIRLS.length)] : BOYS[people.nextInt(BOYS.length)];
                surnames[i] = people.nextInt(SURNAMES.length);
                LocalDate born = LocalDate.of(year - age - (spec.type().equals("KINDERGARTEN") ? people.nextInt(3) : 0), 1, 1)
                        .plusDays(people.nextInt(365));
                String code = code(campaignId, i);
                rows.number(candidateIds[i]).number(campaignId).text(code).text(first).text(surname(surnames[i], girl))
                        .date(born).nul().instant(now);
                if (pinHmac == null) {
                    rows.nul();
                } else {
                    rows.text(pinHmac.apply(code, testPin(spec.seed(), code)));
                }
                rows.endRow();
            }
            rows.finish();
        }
        int guardians = 0;
        try (BulkInsert rows = BulkInsert.open(c, "recruitment_guardian", List.of("candidate_id", "position", "full_name", "email", "phone"), mode)) {
            for (int i = 0; i < n; i++) {
                int count = people.nextInt(10) < 7 ? 2 : 1;
                for (int g = 1; g <= count; g++) {
                    boolean mother = g == 1;
                    String first = mother ? GIRLS[people.nextInt(GIRLS.length)] : BOYS[people.nextInt(BOYS.length)];
                    rows.number(candidateIds[i]).number(g).text(first + " " + surname(surnames[i], mother))
                            .text("rodzic." + campaignId + "." + (i + 1) + "." + g + "@example.org").nul();
                    rows.endRow();
                    guardians++;
                }
            }
            rows.finish();
        }
        try (BulkInsert rows = BulkInsert.open(c, "recruitment_preference",
                List.of("campaign_id", "candidate_id", "rank", "class_id", "tier", "points", "second_tier"), mode)) {
            for (int i = 0; i < n; i++) {
                for (int p = 0; p < prefs; p++) {
                    int r = i * prefs + p;
                    rows.number(campaignId).number(candidateIds[i]).number(p + 1).number(classIds[prefClass[r]]).number(tier[r])
                            .number(points[r]).number(second[r]);
                    rows.endRow();
                }
            }
            rows.finish();
        }
        return new Generated(campaignId, Math.min(units.length, m), m, seatsTotal, n, guardians, n * prefs,
                (System.nanoTime() - t0) / 1_000_000, kind);
    }

    /**
     * The PIN of a generated candidate, for tests and benchmarks only (generated campaigns exist only where the generator
     * is switched on): 8 digits, the first 8 bytes of SHA-256 of {@code "edugmina-test-pin:" + seed + ":" + code}
     * (UTF-8) as an unsigned number, modulo 10^8, zero-padded. In a shell:
     * {@code printf '%s' 'edugmina-test-pin:2026:R12-000042' | sha256sum}, then the first 16 hex digits mod 100000000.
     */
    public static String testPin(long seed, String code) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("edugmina-test-pin:" + seed + ":" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long v = java.nio.ByteBuffer.wrap(h, 0, 8).getLong();
            return String.format("%08d", Long.remainderUnsigned(v, 100_000_000L));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public code of the i-th generated candidate (0-based) of a campaign, e.g. R12-000042. */
    public static String code(long campaignId, int i) {
        return String.format("R%d-%06d", campaignId, i + 1);
    }

    private static boolean listed(int[] prefClass, int from, int count, int k) {
        for (int i = 0; i < count; i++) {
            if (prefClass[from + i] == k) {
                return true;
            }
        }
        return false;
    }

    private static String surname(int i, boolean female) {
        String s = SURNAMES[i];
        if (s.endsWith("sk") || s.endsWith("ck")) {
            return s + (female ? "a" : "i");
        }
        return s;
    }

    private static String className(String type, int n) {
        StringBuilder letters = new StringBuilder();
        int x = n;
        do {
            letters.insert(0, (char) ('A' + x % 26));
            x = x / 26 - 1;
        } while (x >= 0);
        return switch (type) {
            case "KINDERGARTEN" -> "Grupa " + letters;
            case "DORMITORY" -> "Miejsca " + letters;
            default -> "1" + letters;
        };
    }

    /** Open units of the campaign's kind, by id; all open units when there are none of that kind. */
    private static long[] units(Connection c, String type) throws SQLException {
        String categories = switch (type) {
            case "KINDERGARTEN" -> "'PRESCHOOL'";
            case "CLASS_ONE" -> "'PRIMARY'";
            case "SECONDARY" -> "'SECONDARY','VOCATIONAL'";
            case "DORMITORY" -> "'DORMITORY'";
            default -> throw new IllegalArgumentException("no campaign type " + type);
        };
        String open = "(u.active_to is null or u.active_to >= current_date)";
        List<Long> ids = ids(c, "select u.id from unit u join unit_type t on t.id = u.type_id where t.category in (" + categories + ") and "
                + open + " order by u.id");
        if (ids.isEmpty()) {
            ids = ids(c, "select u.id from unit u where " + open + " order by u.id");
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("the registry has no open unit to give classes to");
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** A plausible timetable in the spring and summer before the school year (office dates, Europe/Warsaw). */
    private static void stages(Connection c, long campaignId, int year) throws SQLException {
        Object[][] stages = {
                {"APPLICATIONS", LocalDateTime.of(year, 5, 12, 8, 0), LocalDateTime.of(year, 5, 30, 15, 0)},
                {"VERIFICATION", LocalDateTime.of(year, 6, 2, 8, 0), LocalDateTime.of(year, 6, 20, 15, 0)},
                {"QUALIFIED_LIST", LocalDateTime.of(year, 7, 1, 10, 0), LocalDateTime.of(year, 7, 1, 23, 59)},
                {"CONFIRMATION", LocalDateTime.of(year, 7, 2, 8, 0), LocalDateTime.of(year, 7, 10, 15, 0)},
                {"ADMITTED_LIST", LocalDateTime.of(year, 7, 11, 12, 0), LocalDateTime.of(year, 7, 11, 23, 59)},
                {"APPEALS", LocalDateTime.of(year, 7, 11, 12, 0), LocalDateTime.of(year, 8, 31, 15, 0)},
                {"SUPPLEMENTARY", LocalDateTime.of(year, 7, 21, 8, 0), LocalDateTime.of(year, 8, 8, 15, 0)}};
        try (PreparedStatement ps = c.prepareStatement("insert into recruitment_stage (campaign_id, stage, starts_at, ends_at) values (?, ?, ?, ?)")) {
            for (Object[] s : stages) {
                ps.setLong(1, campaignId);
                ps.setString(2, (String) s[0]);
                ps.setObject(3, ((LocalDateTime) s[1]).atZone(OFFICE_ZONE).toOffsetDateTime());
                ps.setObject(4, ((LocalDateTime) s[2]).atZone(OFFICE_ZONE).toOffsetDateTime());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
