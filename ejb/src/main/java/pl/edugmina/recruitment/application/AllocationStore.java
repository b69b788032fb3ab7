package pl.edugmina.recruitment.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.platform.Settings;
import pl.edugmina.recruitment.domain.allocation.AllocationMode;
import pl.edugmina.recruitment.domain.allocation.AllocationResult;
import pl.edugmina.recruitment.infrastructure.BulkInsert;
import pl.edugmina.recruitment.infrastructure.CampaignReader;
import pl.edugmina.recruitment.infrastructure.ResultWriter;
import pl.edugmina.recruitment.infrastructure.ResultsPublisher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

/**
 * The allocation job's database work, each step in a transaction of its own, on the datasource's connections (plain
 * JDBC: streamed reads, COPY writes): load a run's campaign in one consistent snapshot, record the phase, save the
 * whole result with the run's final state in one transaction, or mark the run failed. Decides nothing about who may
 * start a run ({@link AllocationService} does).
 */
@Stateless
public class AllocationStore {

    private static final Logger LOG = Logger.getLogger(AllocationStore.class.getName());
    static final int MAX_ERROR = 2_000;

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    @EJB
    private AuditService audit;

    /** What a run works on: its campaign as loaded, the mode and the seed. */
    public record RunInput(long runId, long campaignId, AllocationMode mode, String seed, CampaignReader.Loaded loaded) {
    }

    /** What the save wrote and how long it took (the commit not included). */
    public record Saved(long results, long classes, String method, long saveMs) {
    }

    /**
     * Loads the run's campaign in one REPEATABLE READ, read-only snapshot, so that classes, candidates and lists are
     * read as of one moment even while someone writes.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RunInput load(long runId, CampaignReader.Progress progress) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement st = c.createStatement()) {
                // the first statement of the transaction: everything below reads the same snapshot
                st.execute("set transaction isolation level repeatable read, read only");
            }
            long campaignId;
            AllocationMode mode;
            String seed;
            int maxPreferences;
            try (PreparedStatement ps = c.prepareStatement("""
                    select r.campaign_id, r.mode, r.seed, c.max_preferences
                    from recruitment_allocation_run r join recruitment_campaign c on c.id = r.campaign_id where r.id = ?""")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no allocation run " + runId);
                    }
                    campaignId = rs.getLong(1);
                    mode = AllocationMode.valueOf(rs.getString(2));
                    seed = rs.getString(3);
                    maxPreferences = rs.getInt(4);
                }
            }
            return new RunInput(runId, campaignId, mode, seed, CampaignReader.read(c, campaignId, seed, maxPreferences, progress));
        } catch (SQLException e) {
            throw new IllegalStateException("loading the campaign of run " + runId + " failed: " + e.getMessage(), e);
        }
    }

    /** Records the phase the run has reached (for other sessions and after a restart). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void phase(long runId, AllocationProgress.Phase phase, int progress) {
        update("update recruitment_allocation_run set phase = ?, progress = greatest(progress, ?) where id = ? and status = 'RUNNING'",
                phase.name(), progress, runId);
    }

    /**
     * Saves everything the run decided and its final state in this one transaction: the candidate rows, the class
     * rows, the counts and timings, and for a FINAL run the campaign's published result. Refused (and so nothing
     * saved) when the run is no longer RUNNING, or when the published result changed since the run started.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Saved save(RunInput in, AllocationResult result, long loadMs, long matchMs, LongConsumer written) {
        long t0 = System.nanoTime();
        long runId = in.runId();
        String startedBy;
        Saved saved;
        try (Connection c = dataSource.getConnection()) {
            Long supersedes;
            try (PreparedStatement ps = c.prepareStatement(
                    "select status, started_by, supersedes_run_id from recruitment_allocation_run where id = ? for update")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no allocation run " + runId);
                    }
                    if (!"RUNNING".equals(rs.getString(1))) {
                        throw new IllegalStateException("run " + runId + " is no longer running (" + rs.getString(1) + ")");
                    }
                    startedBy = rs.getString(2);
                    long s = rs.getLong(3);
                    supersedes = rs.wasNull() ? null : s;
                }
            }
            if (in.mode() == AllocationMode.FINAL) {
                try (PreparedStatement ps = c.prepareStatement("select published_run_id from recruitment_campaign where id = ? for update")) {
                    ps.setLong(1, in.campaignId());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        long p = rs.getLong(1);
                        Long published = rs.wasNull() ? null : p;
                        if (!Objects.equals(published, supersedes)) {
                            throw new IllegalStateException("the published result of campaign " + in.campaignId() + " changed while run " + runId
                                    + " was going (now run " + published + ")");
                        }
                    }
                }
            }
            BulkInsert.Mode mode = "batch".equalsIgnoreCase(Settings.recruitmentBulkWrite()) ? BulkInsert.Mode.BATCH : BulkInsert.Mode.COPY;
            ResultWriter.Written w = ResultWriter.write(c, runId, in.loaded(), result, mode, written);
            long saveMs = (System.nanoTime() - t0) / 1_000_000;
            try (PreparedStatement ps = c.prepareStatement("""
                    update recruitment_allocation_run set status = 'DONE', phase = 'FINISHED', progress = 100, finished_at = clock_timestamp(),
                        classes = ?, seats = ?, candidates = ?, applications = ?, placed = ?, rounds = ?, proposals = ?,
                        load_ms = ?, match_ms = ?, save_ms = ?, save_method = ?,
                        total_ms = round(extract(epoch from clock_timestamp() - started_at) * 1000)
                    where id = ?""")) {
                CampaignReader.Loaded l = in.loaded();
                ps.setInt(1, l.classIds().length);
                ps.setInt(2, l.seatsTotal());
                ps.setInt(3, l.candidateIds().length);
                ps.setInt(4, l.applications());
                ps.setInt(5, result.placedCount());
                ps.setInt(6, result.rounds());
                ps.setLong(7, result.proposals());
                ps.setLong(8, loadMs);
                ps.setLong(9, matchMs);
                ps.setLong(10, saveMs);
                ps.setString(11, w.kind());
                ps.setLong(12, runId);
                ps.executeUpdate();
            }
            if (in.mode() == AllocationMode.FINAL) {
                try (PreparedStatement ps = c.prepareStatement(
                        "update recruitment_campaign set published_run_id = ?, status = 'ALLOCATED', version = version + 1 where id = ?")) {
                    ps.setLong(1, runId);
                    ps.setLong(2, in.campaignId());
                    ps.executeUpdate();
                }
                // what the public results need, in this same commit (ADR 0013)
                ResultsPublisher.Published p = ResultsPublisher.publish(c, in.campaignId(), runId);
                LOG.info(() -> String.format("EDU-REC-050 results of campaign %d published from run %d: %d candidates (%d qualified), %d classes in %d ms",
                        p.campaignId(), p.runId(), p.candidates(), p.qualified(), p.classes(), p.millis()));
            }
            saved = new Saved(w.results(), w.classes(), w.kind(), saveMs);
        } catch (SQLException e) {
            throw new IllegalStateException("saving run " + runId + " failed: " + e.getMessage(), e);
        }
        audit.record(startedBy, AuditAction.UPDATE, "RecruitmentAllocationRun", runId, String.format(
                "Przydział %s naboru %d zakończony: %d z %d kandydatów umieszczonych, %d klas%s", in.mode(), in.campaignId(),
                result.placedCount(), in.loaded().candidateIds().length, in.loaded().classIds().length,
                in.mode() == AllocationMode.FINAL ? "; wynik opublikowany" : ""));
        return saved;
    }

    /** Marks a run FAILED with the reason (nothing of its result was saved). False when it was no longer running. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean fail(long runId, String reason) {
        String r = reason == null || reason.isBlank() ? "nieznany błąd" : reason;
        if (r.length() > MAX_ERROR) {
            r = r.substring(0, MAX_ERROR - 1) + "…";
        }
        List<String> startedBy = returning("""
                update recruitment_allocation_run set status = 'FAILED', phase = 'FINISHED', finished_at = clock_timestamp(), error = ?,
                    total_ms = round(extract(epoch from clock_timestamp() - started_at) * 1000)
                where id = ? and status = 'RUNNING' returning started_by""", r, runId);
        if (startedBy.isEmpty()) {
            return false;
        }
        audit.record(startedBy.get(0), AuditAction.UPDATE, "RecruitmentAllocationRun", runId, "Przydział nieudany: " + r);
        return true;
    }

    /** Runs left RUNNING by a server that stopped: marked FAILED at start-up (their job is gone). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> failInterrupted() {
        List<String> ids = returning("""
                update recruitment_allocation_run set status = 'FAILED', phase = 'FINISHED', finished_at = clock_timestamp(),
                    error = 'Przerwany: serwer zatrzymano w trakcie przydziału; nic z wyniku nie zapisano'
                where status = 'RUNNING' returning id::text""");
        List<Long> out = new ArrayList<>();
        for (String id : ids) {
            out.add(Long.parseLong(id));
            audit.record("system", AuditAction.UPDATE, "RecruitmentAllocationRun", id, "Przydział przerwany zatrzymaniem serwera");
        }
        if (!out.isEmpty()) {
            LOG.warning(() -> "EDU-REC-004 allocation runs interrupted by a server stop marked FAILED: " + out);
        }
        return out;
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private List<String> returning(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
