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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supplementary round's SQL (ADR 0016) on a throw-away PostgreSQL migrated with the real changelogs: a generated
 * campaign's main round is allocated and published as the server does; five qualified candidates wait for the
 * confirmation of the will (their seats are free again) and a child applies in the supplementary round. The reader
 * gives exactly the free seats and the candidates not placed plus the new one, the main round's runs never see the
 * new one, and the published supplementary result moves nobody admitted, never overfills a class, fills the freed
 * seats, and is what the public rows say.
 */
class SupplementaryRoundStoreTest {

    private static EmbeddedPostgres pg;

    @BeforeAll
    static void database() throws Exception {
        pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.xml",
                    new ClassLoaderResourceAccessor(SupplementaryRoundStoreTest.class.getClassLoader()), db)) {
                liquibase.update();
            }
        }
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("""
                        insert into unit (id, rspo_number, name, type_id) values
                          (1, 900001, 'I Liceum Ogólnokształcące', 14), (2, 900002, 'Technikum Elektroniczne', 16)""");
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    static List<String> rows(String sql) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(sb.toString());
            }
            return out;
        }
    }

    static long run(Connection c, long campaignId, String round) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into recruitment_allocation_run (id, campaign_id, mode, seed, status, phase, started_by, started_at, finished_at, round)
                values (nextval('recruitment_allocation_run_seq'), ?, 'FINAL', 'ziarno', 'DONE', 'FINISHED', 'test', now(), now(), ?) returning id""")) {
            ps.setLong(1, campaignId);
            ps.setString(2, round);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theFreeSeatsGoToTheNotPlacedAndTheNewApplicantsAndNobodyAdmittedMoves() throws Exception {
        long campaign;
        long main;
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(false);
            campaign = CampaignGenerator.generate(c, new CampaignGenerator.Spec("SECONDARY", "2026/2027", "Nabór testowy", 600, 12, 7, 41,
                    "ziarno"), "test", BulkInsert.Mode.COPY).campaignId();
            main = run(c, campaign, "MAIN");
            CampaignReader.Loaded loaded = CampaignReader.read(c, campaign, "ziarno", 7, CampaignReader.Progress.NONE);
            ResultWriter.write(c, main, loaded, DeferredAcceptance.allocate(loaded.campaign(), AllocationMode.FINAL), BulkInsert.Mode.COPY, n -> { });
            try (Statement st = c.createStatement()) {
                st.execute("update recruitment_campaign set published_run_id = " + main + " where id = " + campaign);
            }
            ResultsPublisher.publish(c, campaign, main);
            c.commit();
        }
        int notPlaced = Integer.parseInt(rows("select count(*) from recruitment_allocation_result where run_id = " + main
                + " and class_id is null").get(0));
        assertThat(notPlaced).as("the generated campaign leaves some placed nowhere").isPositive();
        // five qualified candidates of the most wanted full class applied and have not confirmed the will: their seats are free again
        long firstClass = Long.parseLong(rows("select class_id from recruitment_allocation_class where run_id = " + main
                + " and admitted = seats order by applicants desc, class_id limit 1").get(0));
        List<String> unconfirmed = rows("select candidate_id from recruitment_allocation_result where run_id = " + main + " and class_id = "
                + firstClass + " order by candidate_id limit 5");
        assertThat(unconfirmed).hasSize(5);
        long newcomer;
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            for (String id : unconfirmed) {
                st.execute("insert into recruitment_application (id, campaign_id, status, candidate_id, created_at, updated_at) values "
                        + "(nextval('recruitment_application_seq'), " + campaign + ", 'DRAFT', " + id + ", now(), now())");
            }
            try (ResultSet rs = st.executeQuery("""
                    insert into recruitment_candidate (id, campaign_id, code, first_name, last_name, birth_date, created_at, round)
                    values (nextval('recruitment_candidate_seq'), %d, 'UZUP-1', 'Ola', 'Nowa', '2011-05-05', now(), 'SUPPLEMENTARY')
                    returning id""".formatted(campaign))) {
                rs.next();
                newcomer = rs.getLong(1);
            }
            st.execute("insert into recruitment_preference (campaign_id, candidate_id, rank, class_id, points) values (" + campaign + ", "
                    + newcomer + ", 1, " + firstClass + ", 20000)");
        }

        long supp;
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(false);
            CampaignReader.Loaded again = CampaignReader.read(c, campaign, "ziarno", 7, CampaignReader.Progress.NONE);
            assertThat(again.candidateIds()).as("the main round never takes a supplementary applicant").doesNotContain(newcomer).hasSize(600);

            CampaignReader.Loaded round = SupplementaryReader.read(c, campaign, main, "ziarno", 7);
            assertThat(round.candidateIds()).hasSize(notPlaced + 1).contains(newcomer);
            int k = java.util.Arrays.binarySearch(round.classIds(), firstClass);
            assertThat(round.seats()[k]).as("the full class: the five unconfirmed seats").isEqualTo(5);
            supp = run(c, campaign, "SUPPLEMENTARY");
            AllocationResult result = DeferredAcceptance.allocate(round.campaign(), AllocationMode.FINAL);
            ResultWriter.write(c, supp, round, result, BulkInsert.Mode.BATCH, n -> { });
            try (Statement st = c.createStatement()) {
                st.execute("update recruitment_campaign set supplementary_run_id = " + supp + " where id = " + campaign);
            }
            SupplementaryPublisher.publish(c, campaign, supp);
            c.commit();
        }

        assertThat(rows("select count(*) from recruitment_allocation_result s join recruitment_allocation_result m on m.candidate_id = s.candidate_id"
                + " and m.run_id = " + main + " and m.class_id is not null where s.run_id = " + supp)).as("nobody placed in the main round")
                .containsExactly("0");
        assertThat(rows("""
                select k.id from recruitment_class k where k.campaign_id = %d and k.seats <
                  (select count(*) from recruitment_allocation_result r where r.run_id = %d and r.class_id = k.id
                     and not exists (select 1 from recruitment_application a where a.candidate_id = r.candidate_id and a.confirmed_at is null))
                + (select count(*) from recruitment_allocation_result r where r.run_id = %d and r.class_id = k.id)""".formatted(campaign, main, supp)))
                .as("no class holds more than its seats").isEmpty();
        assertThat(rows("select class_id, preference from recruitment_allocation_result where run_id = " + supp + " and candidate_id = " + newcomer))
                .as("the newcomer, first in the class by points, gets a freed seat").containsExactly(firstClass + "|1");
        assertThat(rows("select admitted from recruitment_allocation_class where run_id = " + supp + " and class_id = " + firstClass))
                .as("the freed seats are taken").containsExactly("5");

        // the public rows: the round's candidates answered from it, the main round's admitted untouched
        assertThat(rows("select count(*) from recruitment_public_result where campaign_id = " + campaign + " and run_id = " + supp))
                .containsExactly(String.valueOf(notPlaced + 1));
        assertThat(rows("select count(*) from recruitment_public_result p join recruitment_allocation_result m on m.candidate_id = p.candidate_id"
                + " and m.run_id = " + main + " and m.class_id is not null where p.run_id <> " + main)).containsExactly("0");
        assertThat(rows("select answer->>'round', answer->>'code' from recruitment_public_result where candidate_id = " + newcomer))
                .containsExactly("SUPPLEMENTARY|UZUP-1");
        assertThat(rows("select free_places, cardinality(supplementary_codes) from recruitment_public_class where class_id = " + firstClass))
                .containsExactly("0|5");
    }
}
