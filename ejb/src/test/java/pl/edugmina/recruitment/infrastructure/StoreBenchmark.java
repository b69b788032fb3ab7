package pl.edugmina.recruitment.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import pl.edugmina.recruitment.domain.allocation.AllocationMode;
import pl.edugmina.recruitment.domain.allocation.AllocationResult;
import pl.edugmina.recruitment.domain.allocation.DeferredAcceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store without the server: a 50,000 × 7 campaign over 1,500 classes (the generator, seed 2026: §9's data) on an
 * embedded PostgreSQL; the read into the domain and the write of one run's rows, by COPY and by batched inserts, and
 * COPY again with the result table's foreign keys to candidates and classes dropped (what those checks cost). Only
 * with {@code -Dbench=true}:
 * <pre>mvn -o -q -pl ejb -am test -Dtest=StoreBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true</pre>
 * Prints the medians (and writes them to {@code ejb/target/store-benchmark.txt}).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class StoreBenchmark {

    static final int RUNS = Integer.getInteger("runs", 5);

    @Test
    void readAndWriteOneRunOfFiftyThousandCandidates() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setServerConfig("shared_buffers", "256MB").start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                try (Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.xml",
                        new ClassLoaderResourceAccessor(StoreBenchmark.class.getClassLoader()), db)) {
                    liquibase.update();
                }
            }
            CampaignGenerator.Generated g;
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("insert into unit (id, rspo_number, name, type_id) select g, 800000 + g, 'Liceum nr ' || g, 14 from generate_series(1, 27) g");
                c.setAutoCommit(false);
                g = CampaignGenerator.generate(c, new CampaignGenerator.Spec("SECONDARY", "2026/2027", "Benchmark", 50_000, 1_500, 7, 2026,
                        "nabor-2026"), "bench", BulkInsert.Mode.COPY);
                c.commit();
                c.setAutoCommit(true);
                st.execute("analyze");
            }
            long[] read = new long[RUNS];
            CampaignReader.Loaded loaded = null;
            for (int i = 0; i < RUNS + 1; i++) {
                try (Connection c = pg.getPostgresDatabase().getConnection()) {
                    c.setAutoCommit(false);
                    try (Statement st = c.createStatement()) {
                        st.execute("set transaction isolation level repeatable read, read only");
                    }
                    long t = System.nanoTime();
                    loaded = CampaignReader.read(c, g.campaignId(), "nabor-2026", 7, CampaignReader.Progress.NONE);
                    if (i > 0) {
                        read[i - 1] = System.nanoTime() - t;
                    }
                    c.commit();
                }
            }
            AllocationResult result = DeferredAcceptance.allocate(loaded.campaign(), AllocationMode.DRY_RUN);
            long[] copy = write(pg, g.campaignId(), loaded, result, BulkInsert.Mode.COPY);
            long[] batch = write(pg, g.campaignId(), loaded, result, BulkInsert.Mode.BATCH);
            long[] publish = publish(pg, g.campaignId(), loaded, result);
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("alter table recruitment_allocation_result drop constraint recruitment_allocation_result_candidate_id_fkey, "
                        + "drop constraint recruitment_allocation_result_class_id_fkey");
            }
            long[] copyNoFk = write(pg, g.campaignId(), loaded, result, BulkInsert.Mode.COPY);
            String report = String.format(Locale.ROOT, """
                    StoreBenchmark: %,d candidates, %,d preferences, %,d classes (generated in %,d ms by COPY), %,d placed
                      read into the domain (3 streamed queries, arrays, 50,000 draws): median %.0f ms (%s)
                      write one run (%,d result rows + %,d class rows), median of %d after a warm-up:
                        COPY                               %.0f ms (%s)
                        batched multi-row inserts          %.0f ms (%s)
                        COPY, result FKs to candidate and class dropped  %.0f ms (%s)
                      publish a FINAL (ResultsPublisher, in the transaction that wrote its rows), median of %d after a warm-up:
                        %.0f ms (%s)
                      processors %d, load average %s
                    """, g.candidates(), g.applications(), g.classes(), g.millis(), result.placedCount(), median(read) / 1e6, ms(read),
                    loaded.candidateIds().length, loaded.classIds().length, RUNS,
                    median(copy) / 1e6, ms(copy), median(batch) / 1e6, ms(batch), median(copyNoFk) / 1e6, ms(copyNoFk),
                    RUNS, median(publish) / 1e6, ms(publish),
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            System.out.print(report);
            Files.writeString(Path.of("target", "store-benchmark.txt"), report);
            // §9's lists and seats; another draw seed and other candidate ids than §9's, so exact ties may fall otherwise
            assertThat(result.placedCount()).isBetween(44_900, 45_182);
        }
    }

    static long[] write(EmbeddedPostgres pg, long campaignId, CampaignReader.Loaded loaded, AllocationResult result, BulkInsert.Mode mode)
            throws SQLException {
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS + 1; i++) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                long runId;
                try (var rs = st.executeQuery("""
                        insert into recruitment_allocation_run (id, campaign_id, mode, seed, status, phase, started_by, started_at)
                        values (nextval('recruitment_allocation_run_seq'), %d, 'DRY_RUN', 'nabor-2026', 'RUNNING', 'SAVING', 'bench', now())
                        returning id""".formatted(campaignId))) {
                    rs.next();
                    runId = rs.getLong(1);
                }
                c.setAutoCommit(false);
                long t = System.nanoTime();
                ResultWriter.write(c, runId, loaded, result, mode, n -> { });
                c.commit();
                if (i > 0) {
                    times[i - 1] = System.nanoTime() - t;
                }
                c.setAutoCommit(true);
                st.execute("update recruitment_allocation_run set status = 'DONE', phase = 'FINISHED', finished_at = now() where id = " + runId);
            }
        }
        return times;
    }

    /** A FINAL written by COPY and published in the same transaction, as AllocationStore.save does; the publication timed. */
    static long[] publish(EmbeddedPostgres pg, long campaignId, CampaignReader.Loaded loaded, AllocationResult result) throws SQLException {
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS + 1; i++) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                long runId;
                try (var rs = st.executeQuery("""
                        insert into recruitment_allocation_run (id, campaign_id, mode, seed, status, phase, started_by, started_at)
                        values (nextval('recruitment_allocation_run_seq'), %d, 'FINAL', 'nabor-2026', 'RUNNING', 'SAVING', 'bench', now())
                        returning id""".formatted(campaignId))) {
                    rs.next();
                    runId = rs.getLong(1);
                }
                c.setAutoCommit(false);
                ResultWriter.write(c, runId, loaded, result, BulkInsert.Mode.COPY, n -> { });
                st.execute("update recruitment_allocation_run set status = 'DONE', phase = 'FINISHED', finished_at = now() where id = " + runId);
                st.execute("update recruitment_campaign set published_run_id = " + runId + " where id = " + campaignId);
                long t = System.nanoTime();
                ResultsPublisher.Published p = ResultsPublisher.publish(c, campaignId, runId);
                if (i > 0) {
                    times[i - 1] = System.nanoTime() - t;
                }
                c.commit();
                assertThat(p.candidates()).isEqualTo(loaded.candidateIds().length);
            }
        }
        return times;
    }

    static String ms(long[] nanos) {
        return Arrays.stream(nanos).mapToObj(n -> String.valueOf(n / 1_000_000)).reduce((a, b) -> a + ", " + b).orElse("");
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
