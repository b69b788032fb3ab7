package pl.edugmina.recruitment.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.common.NotFoundException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.platform.Settings;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Results day without login (ADR 0013): a parent types the candidate's code and PIN and gets the published outcome, as
 * precomputed at publication ({@code recruitment_public_result}): one indexed lookup per request, which also reads the
 * code's failed attempts; the answer is the stored JSON, sent as it is. No transaction, no allocation, nothing written
 * unless the PIN is wrong.
 *
 * <p>Guessing: after {@link #maxFailures()} wrong PINs for a code within {@link #windowMinutes()} minutes the code is
 * blocked for {@link #blockMinutes()} minutes, whatever PIN comes next (the counter is a row in the database, written
 * only on a failure, so every node of a cluster counts the same). An unknown code and a wrong PIN get the same answer.
 * A block is audited (once, when it starts); successful lookups are not (the answer names nobody, and results day
 * would write hundreds of audit rows a second). Nothing about the code or PIN is logged.
 *
 * <p>The public sees a campaign's results from the start of its QUALIFIED_LIST stage (the timetable; at once when the
 * timetable has none); the published campaigns are cached for a few seconds.
 */
@ApplicationScoped
public class PublicResultsService {

    private static final Logger LOG = Logger.getLogger(PublicResultsService.class.getName());
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");
    static final Pattern PIN = Pattern.compile("[0-9]{4,12}");
    private static final long CACHE_MILLIS = 5_000;

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    @Inject
    private CandidatePins pins;

    @EJB
    private AuditService audit;

    private volatile Published published = new Published(Map.of(), 0);

    /** A campaign whose results are published: since when the public sees them. */
    public record PublicCampaign(long id, String name, String type, String schoolYear, long runId, Instant publishedAt, Instant visibleFrom,
                                 int candidates, int qualified) {
        public boolean visible(Instant now) {
            return !now.isBefore(visibleFrom);
        }
    }

    private record Published(Map<Long, PublicCampaign> campaigns, long loadedAt) {
    }

    /** What a lookup gave: the answer (JSON as stored), or why not. */
    public sealed interface Lookup {
    }

    /** The outcome, as the JSON the publication stored. */
    public record Found(String answerJson) implements Lookup {
    }

    /** Unknown code or wrong PIN (indistinguishable); {@code blockedNow} when this failure started a block. */
    public record Refused(boolean blockedNow, Instant blockedUntil) implements Lookup {
    }

    /** The code is blocked after too many failures; no PIN is checked until then. */
    public record Blocked(Instant until) implements Lookup {
    }

    /** Right code and PIN, but the campaign's results are not public yet. */
    public record NotYetPublic(String campaignName, Instant visibleFrom) implements Lookup {
    }

    public static int maxFailures() {
        return Integer.parseInt(Settings.value("edugmina.recruitment.pin-max-failures", "EDUGMINA_RECRUITMENT_PIN_MAX_FAILURES", "5"));
    }

    public static int windowMinutes() {
        return Integer.parseInt(Settings.value("edugmina.recruitment.pin-window-minutes", "EDUGMINA_RECRUITMENT_PIN_WINDOW_MINUTES", "15"));
    }

    public static int blockMinutes() {
        return Integer.parseInt(Settings.value("edugmina.recruitment.pin-block-minutes", "EDUGMINA_RECRUITMENT_PIN_BLOCK_MINUTES", "15"));
    }

    /** Checks the code's format and the PIN's (422 with the fields otherwise). */
    public static void validate(String code, String pin) {
        List<ValidationException.Violation> errors = new ArrayList<>();
        if (code == null || code.isBlank()) {
            errors.add(new ValidationException.Violation("code", "validation.required"));
        } else if (!CODE.matcher(code.strip()).matches()) {
            errors.add(new ValidationException.Violation("code", "recruitment.results.codeFormat"));
        }
        if (pin == null || pin.isBlank()) {
            errors.add(new ValidationException.Violation("pin", "validation.required"));
        } else if (!PIN.matcher(pin.strip()).matches()) {
            errors.add(new ValidationException.Violation("pin", "recruitment.results.pinFormat"));
        }
        ValidationException.throwIfAny(errors);
    }

    /** The outcome of the candidate {@code code} (in the campaign {@code campaignId}, or any published one) for {@code pin}. */
    public Lookup lookup(Long campaignId, String code, String pin) {
        validate(code, pin);
        String c = code.strip();
        String p = pin.strip();
        Map<Long, PublicCampaign> campaigns = campaigns();
        Instant now = Instant.now();
        record Row(long campaignId, String pinHmac, String answer, Instant blockedUntil) {
        }
        List<Row> rows = new ArrayList<>(1);
        try (Connection con = dataSource.getConnection();
             PreparedStatement ps = con.prepareStatement(campaignId == null ? LOOKUP : LOOKUP + " and r.campaign_id = ?")) {
            ps.setString(1, c);
            if (campaignId != null) {
                ps.setLong(2, campaignId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp until = rs.getTimestamp(4);
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), until == null ? null : until.toInstant()));
                }
            }
            // rows exist only for published campaigns (a publication replaces them all): one missing from the cache was
            // published since it was read
            Map<Long, PublicCampaign> cached = campaigns;
            Map<Long, PublicCampaign> known = rows.stream().anyMatch(r -> !cached.containsKey(r.campaignId())) ? reload() : cached;
            rows.removeIf(r -> !known.containsKey(r.campaignId()));
            if (rows.isEmpty()) {
                return new Refused(false, null);
            }
            for (Row r : rows) {
                if (r.blockedUntil() != null && r.blockedUntil().isAfter(now)) {
                    return new Blocked(r.blockedUntil());
                }
            }
            for (Row r : rows) {
                if (pins.matches(c, p, r.pinHmac())) {
                    PublicCampaign k = known.get(r.campaignId());
                    return k.visible(now) ? new Found(r.answer()) : new NotYetPublic(k.name(), k.visibleFrom());
                }
            }
            // wrong PIN: one more failure for every campaign the code is in (nearly always one)
            Refused refused = new Refused(false, null);
            for (Row r : rows) {
                Refused f = fail(con, r.campaignId(), c);
                if (f.blockedNow()) {
                    refused = f;
                }
            }
            return refused;
        } catch (SQLException e) {
            throw new IllegalStateException("the results lookup failed: " + e.getMessage(), e);
        }
    }

    private static final String LOOKUP = """
            select r.campaign_id, r.pin_hmac, r.answer::text, a.blocked_until
            from recruitment_public_result r
            left join recruitment_pin_attempt a on a.code = r.code and a.campaign_id = r.campaign_id
            where r.code = ?""";

    /** Counts a failure (a new window when the last one is over) and blocks the code at the limit. */
    private Refused fail(Connection con, long campaignId, String code) throws SQLException {
        int max = maxFailures();
        int window = windowMinutes() * 60;
        int block = blockMinutes() * 60;
        int failures;
        Instant until;
        try (PreparedStatement ps = con.prepareStatement("""
                insert into recruitment_pin_attempt as a (code, campaign_id, failures, window_start, blocked_until)
                values (?, ?, 1, clock_timestamp(), case when ? <= 1 then clock_timestamp() + make_interval(secs => ?) end)
                on conflict (code, campaign_id) do update set
                    failures = case when a.window_start < clock_timestamp() - make_interval(secs => ?) then 1 else a.failures + 1 end,
                    window_start = case when a.window_start < clock_timestamp() - make_interval(secs => ?) then clock_timestamp()
                                        else a.window_start end,
                    blocked_until = case when (case when a.window_start < clock_timestamp() - make_interval(secs => ?) then 1
                                                    else a.failures + 1 end) >= ?
                                         then clock_timestamp() + make_interval(secs => ?) else a.blocked_until end
                returning failures, blocked_until""")) {
            ps.setString(1, code);
            ps.setLong(2, campaignId);
            ps.setInt(3, max);
            ps.setInt(4, block);
            ps.setInt(5, window);
            ps.setInt(6, window);
            ps.setInt(7, window);
            ps.setInt(8, max);
            ps.setInt(9, block);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                failures = rs.getInt(1);
                Timestamp t = rs.getTimestamp(2);
                until = t == null ? null : t.toInstant();
            }
        }
        if (failures == max && until != null) {
            // once, when the block starts; the code is the public pseudonym, never the PIN
            audit.recordIndependently("anonymous", AuditAction.ACCESS_DENIED, "RecruitmentCampaign", campaignId, String.format(
                    "Wyniki naboru: kod kandydata %s zablokowany do %s po %d błędnych PIN-ach", code, until, failures));
            LOG.info(() -> "EDU-REC-051 a candidate code of campaign " + campaignId + " blocked after " + max + " wrong PINs");
            return new Refused(true, until);
        }
        return new Refused(false, null);
    }

    // ---------------------------------------------------------------- published campaigns and the public lists

    /** The campaigns whose results are published (visible now or later), newest first. */
    public List<PublicCampaign> publishedCampaigns() {
        List<PublicCampaign> out = new ArrayList<>(campaigns().values());
        out.sort((a, b) -> Long.compare(b.id(), a.id()));
        return out;
    }

    /** A published campaign the public sees now (404 otherwise). */
    public PublicCampaign visibleCampaign(long campaignId) {
        PublicCampaign k = campaign(campaignId).orElse(null);
        if (k == null || !k.visible(Instant.now())) {
            throw new NotFoundException("campaign", campaignId);
        }
        return k;
    }

    /** A class's public lists: codes only (the lists with names hang at the unit). */
    public record PublicClass(long classId, long unitId, String unitName, String className, String profile, int seats, int qualified,
                              int freePlaces, java.math.BigDecimal cutOffPoints, List<String> qualifiedCodes, List<String> notQualifiedCodes) {
    }

    public record PublicUnit(long unitId, String unitName, int classes, int seats, int qualified, int freePlaces) {
    }

    /** The units of a visible campaign with their seats, qualified and free places. */
    public List<PublicUnit> units(long campaignId) {
        visibleCampaign(campaignId);
        List<PublicUnit> out = new ArrayList<>();
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement("""
                select unit_id, min(unit_name), count(*), sum(seats), sum(qualified), sum(free_places)
                from recruitment_public_class where campaign_id = ? group by unit_id order by min(unit_name), unit_id""")) {
            ps.setLong(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PublicUnit(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return out;
    }

    /** The classes of one unit in a visible campaign, with their lists of codes (404 when the unit has none). */
    public List<PublicClass> classes(long campaignId, long unitId) {
        visibleCampaign(campaignId);
        List<PublicClass> out = classRows(dataSource, "campaign_id = ? and unit_id = ?", campaignId, unitId);
        if (out.isEmpty()) {
            throw new NotFoundException("unit", unitId);
        }
        return out;
    }

    static List<PublicClass> classRows(DataSource ds, String where, Object... params) {
        List<PublicClass> out = new ArrayList<>();
        try (Connection con = ds.getConnection(); PreparedStatement ps = con.prepareStatement("""
                select class_id, unit_id, unit_name, class_name, profile, seats, qualified, free_places, cut_points, qualified_codes,
                       not_qualified_codes from recruitment_public_class""" + " where " + where + " order by unit_name, class_name, class_id")) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long cut = rs.getLong(9);
                    java.math.BigDecimal cutOff = rs.wasNull() ? null : java.math.BigDecimal.valueOf(cut, 2);
                    out.add(new PublicClass(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                            rs.getInt(7), rs.getInt(8), cutOff, strings(rs.getArray(10)), strings(rs.getArray(11))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return out;
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    /** The published campaigns, read at most every few seconds (a publication shows within that time on every node). */
    Map<Long, PublicCampaign> campaigns() {
        Published p = published;
        long now = System.currentTimeMillis();
        if (now - p.loadedAt() < CACHE_MILLIS) {
            return p.campaigns();
        }
        Map<Long, PublicCampaign> m = new HashMap<>();
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement("""
                select c.id, c.name, c.type, c.school_year, p.run_id, p.published_at, greatest(p.published_at, coalesce(s.starts_at, p.published_at)),
                       p.candidates, p.qualified
                from recruitment_publication p join recruitment_campaign c on c.id = p.campaign_id and c.published_run_id = p.run_id
                left join recruitment_stage s on s.campaign_id = c.id and s.stage = 'QUALIFIED_LIST'""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.put(rs.getLong(1), new PublicCampaign(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(), rs.getInt(8), rs.getInt(9)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the published campaigns could not be read: " + e.getMessage(), e);
        }
        published = new Published(Map.copyOf(m), now);
        return published.campaigns();
    }

    private Map<Long, PublicCampaign> reload() {
        published = new Published(Map.of(), 0);
        return campaigns();
    }

    /** A published campaign (visible or not yet); read again when the cache does not know it (published since). */
    public Optional<PublicCampaign> campaign(long id) {
        PublicCampaign k = campaigns().get(id);
        return Optional.ofNullable(k != null ? k : reload().get(id));
    }
}
