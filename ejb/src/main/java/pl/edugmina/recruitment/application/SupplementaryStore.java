package pl.edugmina.recruitment.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import pl.edugmina.audit.application.AuditService;
import pl.edugmina.audit.domain.AuditAction;
import pl.edugmina.recruitment.domain.allocation.AllocationMode;
import pl.edugmina.recruitment.domain.allocation.AllocationResult;
import pl.edugmina.recruitment.infrastructure.BulkInsert;
import pl.edugmina.recruitment.infrastructure.ResultWriter;
import pl.edugmina.recruitment.infrastructure.SupplementaryPublisher;
import pl.edugmina.recruitment.infrastructure.SupplementaryReader;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * The supplementary job's database work (ADR 0016), each step in a transaction of its own: load the round as of one
 * snapshot (with the main run it follows), and save the result with the run's final state, and for a FINAL its
 * publication, in one transaction, refused when the main round's published result or the supplementary one changed
 * meanwhile. Decides nothing about who may start a run ({@link SupplementaryRound} does).
 */
@Stateless
public class SupplementaryStore {

    private static final Logger LOG = Logger.getLogger(SupplementaryStore.class.getName());

    @Resource(lookup = "java:jboss/datasources/EduGminaDS")
    private DataSource dataSource;

    @EJB
    private AuditService audit;

    /** The run as loaded, and the published main run whose free seats it allocates. */
    public record Input(AllocationStore.RunInput run, long mainRunId) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Input load(long runId) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("set transaction isolation level repeatable read, read only");
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select r.campaign_id, r.mode, r.seed, c.max_preferences, c.published_run_id, r.round
                    from recruitment_allocation_run r join recruitment_campaign c on c.id = r.campaign_id where r.id = ?""")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no allocation run " + runId);
                    }
                    long campaignId = rs.getLong(1);
                    AllocationMode mode = AllocationMode.valueOf(rs.getString(2));
                    String seed = rs.getString(3);
                    int max = rs.getInt(4);
                    long main = rs.getLong(5);
                    if (rs.wasNull()) {
                        throw new IllegalStateException("campaign " + campaignId + " has no published main round");
                    }
                    if (!"SUPPLEMENTARY".equals(rs.getString(6))) {
                        throw new IllegalStateException("run " + runId + " is not a supplementary run");
                    }
                    return new Input(new AllocationStore.RunInput(runId, campaignId, mode, seed,
                            SupplementaryReader.read(c, campaignId, main, seed, max)), main);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("loading the supplementary round of run " + runId + " failed: " + e.getMessage(), e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void save(Input in, AllocationResult result, long loadMs, long matchMs) {
        long t0 = System.nanoTime();
        AllocationStore.RunInput run = in.run();
        long runId = run.runId();
        String startedBy;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("select status, started_by from recruitment_allocation_run where id = ? for update")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !"RUNNING".equals(rs.getString(1))) {
                        throw new IllegalStateException("run " + runId + " is no longer running");
                    }
                    startedBy = rs.getString(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select published_run_id, supplementary_run_id from recruitment_campaign where id = ? for update")) {
                ps.setLong(1, run.campaignId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) != in.mainRunId()) {
                        throw new IllegalStateException("the published main round of campaign " + run.campaignId() + " changed while run "
                                + runId + " was going (now run " + rs.getLong(1) + ")");
                    }
                    rs.getLong(2);
                    if (run.mode() == AllocationMode.FINAL && !rs.wasNull()) {
                        throw new IllegalStateException("campaign " + run.campaignId() + " already has a published supplementary round");
                    }
                }
            }
            ResultWriter.Written w = ResultWriter.write(c, runId, run.loaded(), result, BulkInsert.Mode.BATCH, n -> { });
            long saveMs = (System.nanoTime() - t0) / 1_000_000;
            try (PreparedStatement ps = c.prepareStatement("""
                    update recruitment_allocation_run set status = 'DONE', phase = 'FINISHED', progress = 100, finished_at = clock_timestamp(),
                        classes = ?, seats = ?, candidates = ?, applications = ?, placed = ?, rounds = ?, proposals = ?,
                        load_ms = ?, match_ms = ?, save_ms = ?, save_method = ?,
                        total_ms = round(extract(epoch from clock_timestamp() - started_at) * 1000)
                    where id = ?""")) {
                ps.setInt(1, run.loaded().classIds().length);
                ps.setInt(2, run.loaded().seatsTotal());
                ps.setInt(3, run.loaded().candidateIds().length);
                ps.setInt(4, run.loaded().applications());
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
            if (run.mode() == AllocationMode.FINAL) {
                try (PreparedStatement ps = c.prepareStatement(
                        "update recruitment_campaign set supplementary_run_id = ?, version = version + 1 where id = ?")) {
                    ps.setLong(1, runId);
                    ps.setLong(2, run.campaignId());
                    ps.executeUpdate();
                }
                SupplementaryPublisher.Published p = SupplementaryPublisher.publish(c, run.campaignId(), runId);
                LOG.info(() -> String.format("EDU-REC-064 supplementary results of campaign %d published from run %d: %d candidates, %d classes in %d ms",
                        p.campaignId(), p.runId(), p.candidates(), p.classes(), p.millis()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("saving supplementary run " + runId + " failed: " + e.getMessage(), e);
        }
        audit.record(startedBy, AuditAction.UPDATE, "RecruitmentAllocationRun", runId, String.format(
                "Rekrutacja uzupełniająca %s naboru %d zakończona: %d z %d kandydatów umieszczonych na %d wolnych miejscach%s", run.mode(),
                run.campaignId(), result.placedCount(), run.loaded().candidateIds().length, run.loaded().seatsTotal(),
                run.mode() == AllocationMode.FINAL ? "; wynik opublikowany" : ""));
    }
}
