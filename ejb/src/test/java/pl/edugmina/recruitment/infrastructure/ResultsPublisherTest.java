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
import pl.edugmina.recruitment.domain.allocation.DeferredAcceptance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication's SQL on a throw-away PostgreSQL migrated with the real changelogs: a generated campaign is
 * allocated and written as the server does, then published; every candidate's public row says what the result rows
 * say (placement, each preference's result, points and cut-off), each class's lists of codes are exactly its qualified
 * and the others who listed it, and publishing another run replaces everything. Also the generator's test PINs.
 */
class ResultsPublisherTest {

    private static EmbeddedPostgres pg;

    @BeforeAll
    static void database() throws Exception {
        pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            try (Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.xml",
                    new ClassLoaderResourceAccessor(ResultsPublisherTest.class.getClassLoader()), db)) {
                liquibase.update();
            }
        }
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("""
                        insert into unit (id, rspo_number, name, type_id) values
                          (1, 900001, 'I Liceum Ogólnokształcące', 14), (2, 900002, 'Technikum Elektroniczne', 16),
                          (3, 900003, 'II Liceum Ogólnokształcące', 14)""");
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    static String fakeHmac(String code, String pin) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest((code + ":" + pin).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
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

    /** A run allocated, written and (FINAL) published in one transaction, as AllocationStore.save does. */
    static ResultsPublisher.Published allocateAndPublish(long campaignId, String seed) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(false);
            long runId;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into recruitment_allocation_run (id, campaign_id, mode, seed, status, phase, started_by, started_at, finished_at)
                    values (nextval('recruitment_allocation_run_seq'), ?, 'FINAL', ?, 'DONE', 'FINISHED', 'test', now(), now()) returning id""")) {
                ps.setLong(1, campaignId);
                ps.setString(2, seed);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    runId = rs.getLong(1);
                }
            }
            CampaignReader.Loaded loaded = CampaignReader.read(c, campaignId, seed, 7, CampaignReader.Progress.NONE);
            ResultWriter.write(c, runId, loaded, DeferredAcceptance.allocate(loaded.campaign(), AllocationMode.FINAL), BulkInsert.Mode.COPY, n -> { });
            try (Statement st = c.createStatement()) {
                st.execute("update recruitment_campaign set published_run_id = " + runId + " where id = " + campaignId);
            }
            ResultsPublisher.Published p = ResultsPublisher.publish(c, campaignId, runId);
            c.commit();
            return p;
        }
    }

    @Test
    void everyCandidateAndClassIsPublishedAsTheRunDecidedAndAnotherRunReplacesIt() throws Exception {
        CampaignGenerator.Generated g;
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.setAutoCommit(false);
            g = CampaignGenerator.generate(c, new CampaignGenerator.Spec("SECONDARY", "2026/2027", "Nabór testowy", 600, 12, 7, 31, "nabor-31"),
                    "test", BulkInsert.Mode.COPY, ResultsPublisherTest::fakeHmac);
            c.commit();
        }
        long campaign = g.campaignId();
        ResultsPublisher.Published p = allocateAndPublish(campaign, "nabor-31");
        long run = p.runId();
        assertThat(p.candidates()).isEqualTo(600);
        assertThat(p.classes()).isEqualTo(12);
        assertThat(p.qualified()).isPositive().isLessThan(600);

        // the PIN's HMAC copied; the generator's PIN is the documented derivation
        String code = CampaignGenerator.code(campaign, 41);
        assertThat(rows("select pin_hmac from recruitment_public_result where code = '" + code + "'"))
                .containsExactly(fakeHmac(code, CampaignGenerator.testPin(31, code)));
        assertThat(CampaignGenerator.testPin(31, code)).matches("[0-9]{8}").isEqualTo(CampaignGenerator.testPin(31, code))
                .isNotEqualTo(CampaignGenerator.testPin(32, code));

        // per candidate: outcome and placement as the result rows say
        assertThat(rows("""
                select count(*) from recruitment_public_result p join recruitment_allocation_result r
                  on r.run_id = p.run_id and r.candidate_id = p.candidate_id
                where p.campaign_id = %d and p.run_id = %d and p.placed_class_id is not distinct from r.class_id
                  and p.placed_preference = r.preference and (p.answer->>'placedPreference')::int = r.preference
                  and p.answer->>'outcome' = case when r.class_id is null then 'NOT_QUALIFIED' else 'QUALIFIED' end
                  and json_array_length(p.answer->'preferences') = 7""".formatted(campaign, run))).containsExactly("600");
        // per preference: the result, the points as a decimal and the class's cut-off
        assertThat(rows("""
                select count(*) from recruitment_public_result p
                cross join lateral json_array_elements(p.answer->'preferences') e
                join recruitment_preference x on x.campaign_id = p.campaign_id and x.candidate_id = p.candidate_id
                     and x.rank = (e->>'preference')::int
                join recruitment_allocation_class s on s.run_id = p.run_id and s.class_id = x.class_id
                where p.campaign_id = %d and (e->>'classId')::bigint = x.class_id and (e->>'points')::numeric * 100 = x.points
                  and (e->>'cutOffPoints')::numeric * 100 is not distinct from s.cut_points
                  and e->>'result' = case when x.rank = p.placed_preference then 'QUALIFIED'
                                          when p.placed_preference > 0 and x.rank > p.placed_preference then 'NOT_CONSIDERED'
                                          else 'NOT_QUALIFIED' end""".formatted(campaign))).containsExactly("4200");
        // per class: the qualified are its placed; the not qualified every other candidate who listed it
        assertThat(rows("""
                select count(*) from recruitment_public_class k where k.campaign_id = %d
                  and k.qualified_codes = (select coalesce(array_agg(d.code order by d.code collate "C"), '{}') from recruitment_allocation_result r
                                           join recruitment_candidate d on d.id = r.candidate_id where r.run_id = %d and r.class_id = k.class_id)
                  and k.not_qualified_codes = (select coalesce(array_agg(d.code order by d.code collate "C"), '{}') from recruitment_preference x
                                               join recruitment_candidate d on d.id = x.candidate_id
                                               join recruitment_allocation_result r on r.run_id = %d and r.candidate_id = x.candidate_id
                                               where x.campaign_id = k.campaign_id and x.class_id = k.class_id
                                                 and r.class_id is distinct from k.class_id)
                  and k.qualified = cardinality(k.qualified_codes)""".formatted(campaign, run, run))).containsExactly("12");
        assertThat(rows("select sum(cardinality(qualified_codes)) from recruitment_public_class where campaign_id = " + campaign))
                .containsExactly(String.valueOf(p.qualified()));
        assertThat(rows("select answer::text from recruitment_public_result where code = '" + code + "'").get(0))
                .doesNotContain("first_name", "firstName", "last_name", "pesel", "pin");

        // another published run (another seed) replaces all the public rows
        ResultsPublisher.Published again = allocateAndPublish(campaign, "inne-ziarno");
        assertThat(rows("select count(*), min(run_id), max(run_id) from recruitment_public_result where campaign_id = " + campaign))
                .containsExactly("600|" + again.runId() + "|" + again.runId());
        assertThat(rows("select count(*) from recruitment_public_class where campaign_id = " + campaign)).containsExactly("12");
        assertThat(rows("select run_id from recruitment_publication where campaign_id = " + campaign))
                .containsExactly(String.valueOf(again.runId()));
    }

    @Test
    void namesAreEscapedAsJsonRequiresAndCodeListsAreValidArrayLiterals() throws Exception {
        StringBuilder json = new StringBuilder("{\"a\":1");
        ResultsPublisher.string(json, "unitName", "Przedszkole \"Słoneczko\" \\ nr 5\n\u0001");
        ResultsPublisher.string(json, "profile", null);
        json.append('}');
        assertThat(rows("select ('" + json.toString().replace("'", "''") + "'::json)->>'unitName', ('" + json + "'::json)->>'profile'"))
                .containsExactly("Przedszkole \"Słoneczko\" \\ nr 5\n\u0001|null");
        assertThat(ResultsPublisher.array(List.of("K-20", "K-3", "K-100"))).isEqualTo("{\"K-100\",\"K-20\",\"K-3\"}");
        assertThat(rows("select cardinality('" + ResultsPublisher.array(List.of("a\"b", "c\\d")) + "'::text[]), ('"
                + ResultsPublisher.array(List.of("a\"b", "c\\d")) + "'::text[])[1]")).containsExactly("2|a\"b");
        assertThat(ResultsPublisher.array(List.of())).isEqualTo("{}");
    }
}
