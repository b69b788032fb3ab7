package pl.edugmina.recruitment.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.edugmina.recruitment.domain.allocation.AllocationMode;
import pl.edugmina.recruitment.domain.allocation.AllocationResult;
import pl.edugmina.recruitment.domain.allocation.DeferredAcceptance;
import pl.edugmina.recruitment.domain.allocation.Explanation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recruitment store's SQL on a throw-away PostgreSQL migrated with the real changelogs: a generated campaign is
 * read into the domain, allocated, written back (COPY and batched inserts alike), and every stored row and every
 * explanation rebuilt from them is what the allocation decided in memory.
 */
class RecruitmentStoreTest {

    private static EmbeddedPostgres pg;

    @BeforeAll
    static void database() throws Exception {
        pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.xml",
                    new ClassLoaderResourceAccessor(RecruitmentStoreTest.class.getClassLoader()), db)) {
                liquibase.update();
            }
        }
        try (Connection c = connection(true); Statement st = c.createStatement()) {
            st.execute("""
                    insert into unit (id, rspo_number, name, type_id) values
                      (1, 900001, 'I Liceum Ogólnokształcące', 14), (2, 900002, 'Technikum Elektroniczne', 16),
                      (3, 900003, 'II Liceum Ogólnokształcące', 14), (4, 900004, 'Szkoła Podstawowa nr 1', 2),
                      (5, 900005, 'Branżowa Szkoła I stopnia nr 1', 93)""");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    static Connection connection(boolean autoCommit) throws SQLException {
        Connection c = pg.getPostgresDatabase().getConnection();
        c.setAutoCommit(autoCommit);
        return c;
    }

    static CampaignGenerator.Generated generate(int candidates, int classes, long seed, BulkInsert.Mode mode) throws SQLException {
        try (Connection c = connection(false)) {
            CampaignGenerator.Generated g = CampaignGenerator.generate(c,
                    new CampaignGenerator.Spec("SECONDARY", "2026/2027", "Nabór testowy", candidates, classes, 7, seed, "nabor-" + seed),
                    "test", mode);
            c.commit();
            return g;
        }
    }

    static CampaignReader.Loaded read(long campaignId) throws SQLException {
        try (Connection c = connection(false)) {
            try (Statement st = c.createStatement()) {
                st.execute("set transaction isolation level repeatable read, read only");
            }
            String seed = string(c, "select seed from recruitment_campaign where id = " + campaignId);
            int max = Integer.parseInt(string(c, "select max_preferences from recruitment_campaign where id = " + campaignId));
            CampaignReader.Loaded loaded = CampaignReader.read(c, campaignId, seed, max, CampaignReader.Progress.NONE);
            c.commit();
            return loaded;
        }
    }

    static long run(long campaignId, String mode) throws SQLException {
        try (Connection c = connection(true)) {
            return Long.parseLong(string(c, """
                    insert into recruitment_allocation_run (id, campaign_id, mode, seed, status, phase, started_by, started_at)
                    select nextval('recruitment_allocation_run_seq'), id, '%s', seed, 'RUNNING', 'QUEUED', 'test', now()
                    from recruitment_campaign where id = %d returning id""".formatted(mode, campaignId)));
        }
    }

    static ResultWriter.Written write(long runId, CampaignReader.Loaded loaded, AllocationResult result, BulkInsert.Mode mode) throws SQLException {
        try (Connection c = connection(false)) {
            ResultWriter.Written w = ResultWriter.write(c, runId, loaded, result, mode, n -> { });
            try (Statement st = c.createStatement()) {
                st.execute("update recruitment_allocation_run set status = 'DONE', phase = 'FINISHED', finished_at = now() where id = " + runId);
            }
            c.commit();
            return w;
        }
    }

    static String string(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static List<String> rows(String sql, Object... params) throws SQLException {
        try (Connection c = connection(true); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    out.add(sb.toString());
                }
            }
            return out;
        }
    }

    static List<String> results(long runId) throws SQLException {
        return rows("select candidate_id, class_id, preference from recruitment_allocation_result where run_id = ? order by candidate_id", runId);
    }

    static List<String> classRows(long runId) throws SQLException {
        return rows("""
                select class_id, seats, seats_added, applicants, admitted, cut_tier, cut_points, cut_second_tier, cut_draw, cut_candidate_id
                from recruitment_allocation_class where run_id = ? order by class_id""", runId);
    }

    @Test
    void aGeneratedCampaignHasTheSizeAskedForWithDistinctClassesOnEveryList() throws SQLException {
        CampaignGenerator.Generated g = generate(1_000, 40, 7, BulkInsert.Mode.COPY);
        assertThat(g.kind()).isEqualTo("COPY");
        assertThat(g.candidates()).isEqualTo(1_000);
        assertThat(g.applications()).isEqualTo(7_000);
        assertThat(rows("select count(*), count(distinct unit_id), min(seats) >= 20 and max(seats) <= 40, sum(seats) from recruitment_class "
                + "where campaign_id = ?", g.campaignId())).containsExactly("40|4|t|" + g.seats());
        assertThat(rows("select count(*), count(pesel), min(code), max(code) from recruitment_candidate where campaign_id = ?", g.campaignId()))
                .containsExactly("1000|0|" + CampaignGenerator.code(g.campaignId(), 0) + "|" + CampaignGenerator.code(g.campaignId(), 999));
        assertThat(rows("""
                select count(*) from (select candidate_id from recruitment_preference where campaign_id = ?
                group by candidate_id having count(*) = 7 and count(distinct class_id) = 7 and min(rank) = 1 and max(rank) = 7) x""",
                g.campaignId())).containsExactly("1000");
        assertThat(Integer.parseInt(rows("select count(*) from recruitment_guardian gu join recruitment_candidate c on c.id = gu.candidate_id "
                + "where c.campaign_id = ?", g.campaignId()).get(0))).isEqualTo(g.guardians()).isBetween(1_000, 2_000);
        assertThat(rows("select count(*) from recruitment_stage where campaign_id = ?", g.campaignId())).containsExactly("7");
    }

    @Test
    void copyAndBatchedInsertsStoreTheSameCampaign() throws SQLException {
        CampaignGenerator.Generated copy = generate(500, 30, 11, BulkInsert.Mode.COPY);
        CampaignGenerator.Generated batch = generate(500, 30, 11, BulkInsert.Mode.BATCH);
        assertThat(batch.kind()).isEqualTo("BATCH");
        String lists = """
                select substring(c.code from position('-' in c.code)), c.first_name, c.last_name, c.birth_date, p.rank, k.pos, p.tier, p.points,
                       p.second_tier
                from recruitment_preference p join recruitment_candidate c on c.id = p.candidate_id
                join (select id, row_number() over (order by id) pos from recruitment_class where campaign_id = ?) k on k.id = p.class_id
                where p.campaign_id = ? order by 1, 5""";
        assertThat(rows(lists, batch.campaignId(), batch.campaignId())).hasSize(3_500)
                .isEqualTo(rows(lists, copy.campaignId(), copy.campaignId()));
    }

    @Test
    void theAllocationGoesFromTheDatabaseToTheDomainAndBackRowForRow() throws SQLException {
        CampaignGenerator.Generated g = generate(2_000, 60, 2026, BulkInsert.Mode.COPY);
        CampaignReader.Loaded loaded = read(g.campaignId());
        assertThat(loaded.candidateIds()).hasSize(2_000);
        assertThat(loaded.applications()).isEqualTo(14_000);
        assertThat(loaded.seatsTotal()).isEqualTo(g.seats());
        AllocationResult result = DeferredAcceptance.allocate(loaded.campaign(), AllocationMode.FINAL);
        long runId = run(g.campaignId(), "FINAL");
        ResultWriter.Written w = write(runId, loaded, result, BulkInsert.Mode.COPY);
        assertThat(w).isEqualTo(new ResultWriter.Written(2_000, 60, "COPY"));

        List<String> expected = new ArrayList<>();
        for (long id : loaded.candidateIds()) {
            expected.add(id + "|" + result.placement(id).orElse(null) + "|" + result.placedPreference(id));
        }
        assertThat(results(runId)).isEqualTo(expected);
        assertThat(rows("select count(*) filter (where admitted > seats + seats_added), sum(admitted) from recruitment_allocation_class where run_id = ?",
                runId)).containsExactly("0|" + result.placedCount());
        assertThat(result.placedCount()).isLessThan(2_000); // oversubscribed: the explanation has something to say

        Explanation explanation = result.explain();
        try (Connection c = connection(true)) {
            for (long id : loaded.candidateIds()) {
                Optional<Explanation.CandidateExplanation> stored = StoredResults.explanation(c, runId, g.campaignId(), "nabor-2026", id);
                assertThat(stored).contains(explanation.forCandidate(id));
            }
        }
    }

    @Test
    void batchedInsertsWriteTheSameRowsAsCopyAndTheSameSeedGivesTheSameRows() throws SQLException {
        CampaignGenerator.Generated g = generate(1_500, 50, 5, BulkInsert.Mode.COPY);
        CampaignReader.Loaded first = read(g.campaignId());
        long copyRun = run(g.campaignId(), "DRY_RUN");
        write(copyRun, first, DeferredAcceptance.allocate(first.campaign(), AllocationMode.DRY_RUN), BulkInsert.Mode.COPY);
        CampaignReader.Loaded again = read(g.campaignId());
        long batchRun = run(g.campaignId(), "DRY_RUN");
        assertThat(write(batchRun, again, DeferredAcceptance.allocate(again.campaign(), AllocationMode.DRY_RUN), BulkInsert.Mode.BATCH).kind())
                .isEqualTo("BATCH");
        assertThat(results(batchRun)).hasSize(1_500).isEqualTo(results(copyRun));
        assertThat(classRows(batchRun)).hasSize(50).isEqualTo(classRows(copyRun));
    }

    @Test
    void aRolledBackWriteLeavesNoRow() throws SQLException {
        CampaignGenerator.Generated g = generate(300, 10, 3, BulkInsert.Mode.COPY);
        CampaignReader.Loaded loaded = read(g.campaignId());
        long runId = run(g.campaignId(), "FINAL");
        try (Connection c = connection(false)) {
            ResultWriter.write(c, runId, loaded, DeferredAcceptance.allocate(loaded.campaign(), AllocationMode.FINAL), BulkInsert.Mode.COPY, n -> { });
            c.rollback();
        }
        assertThat(results(runId)).isEmpty();
        assertThat(classRows(runId)).isEmpty();
    }

    @Test
    void whatTheDomainRefusesFailsTheReadWithItsReason() throws SQLException {
        CampaignGenerator.Generated g = generate(200, 10, 4, BulkInsert.Mode.COPY);
        try (Connection c = connection(true); Statement st = c.createStatement()) {
            st.execute("update recruitment_campaign set max_preferences = 3 where id = " + g.campaignId());
        }
        assertThatThrownBy(() -> read(g.campaignId())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 3 preferences");
        try (Connection c = connection(true); Statement st = c.createStatement()) {
            st.execute("update recruitment_campaign set max_preferences = 7 where id = " + g.campaignId());
            st.execute("delete from recruitment_preference where campaign_id = " + g.campaignId() + " and rank = 2");
        }
        assertThatThrownBy(() -> read(g.campaignId())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without gaps");
    }

    @Test
    void theDatabaseKeepsListsInsideTheirCampaignAndClassesWithinTheirSeats() throws SQLException {
        CampaignGenerator.Generated a = generate(20, 5, 8, BulkInsert.Mode.COPY);
        CampaignGenerator.Generated b = generate(20, 5, 9, BulkInsert.Mode.COPY);
        long runId = run(a.campaignId(), "DRY_RUN");
        try (Connection c = connection(true); Statement st = c.createStatement()) {
            long candidate = Long.parseLong(string(c, "select min(id) from recruitment_candidate where campaign_id = " + a.campaignId()));
            long otherClass = Long.parseLong(string(c, "select min(id) from recruitment_class where campaign_id = " + b.campaignId()));
            long ownClass = Long.parseLong(string(c, "select min(id) from recruitment_class where campaign_id = " + a.campaignId()));
            assertThatThrownBy(() -> st.execute("insert into recruitment_preference (campaign_id, candidate_id, rank, class_id, points) values ("
                    + a.campaignId() + ", " + candidate + ", 8, " + otherClass + ", 0)")).hasMessageContaining("foreign key");
            assertThatThrownBy(() -> st.execute("insert into recruitment_allocation_class (run_id, class_id, seats, applicants, admitted, cut_tier, "
                    + "cut_points, cut_second_tier, cut_draw, cut_candidate_id) values (" + runId + ", " + ownClass + ", 2, 5, 3, 0, 100, 0, "
                    + "'00000000000000ff', " + candidate + ")")).hasMessageContaining("recruitment_class_summary_seats_ck");
            assertThatThrownBy(() -> st.execute("insert into recruitment_allocation_result (run_id, candidate_id, class_id, preference) values ("
                    + runId + ", " + candidate + ", null, 0), (" + runId + ", " + candidate + ", " + ownClass + ", 1)"))
                    .hasMessageContaining("duplicate key");
        }
    }
}
