package pl.edugmina.simulator.docs;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast signed documents are generated, with the defaults (2 attachments of 50 KiB) on all cores.
 * {@code -Dsim.speed.count=1000} for a real measurement; the default keeps the build short.
 */
class GenerationSpeedTest {

    @Test
    void signs_many_distinct_documents_on_all_cores() throws Exception {
        int count = Integer.getInteger("sim.speed.count", 100);
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try (XadesSigner signer = XadesSigner.load(Keystores.signers(), Keystores.PASSWORD)) {
            BatchGenerator g = new BatchGenerator(new TestDocuments(signer), pool, cores);
            OffsetDateTime now = OffsetDateTime.now();
            g.generate(specs(0, 20, now), DocumentKind.VALID); // warm-up
            long t0 = System.nanoTime();
            List<TestDocuments.Generated> docs = g.generate(specs(1000, count, now), DocumentKind.VALID);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("generated and signed %d documents (%d B each) in %.1f s on %d threads: %.1f ms/document%n",
                    count, docs.get(0).content().length, seconds, cores, seconds * 1000 / count);
            assertThat(docs).hasSize(count);
            assertThat(new HashSet<>(docs.stream().map(TestDocuments.Generated::skrot).toList())).hasSize(count);
            assertThat(docs.get(count - 1).fileName()).isEqualTo("pismo-ogolne-" + (1000 + count - 1) + ".xml");
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<LetterSpec> specs(long first, int count, OffsetDateTime now) {
        return LongStream.range(first, first + count)
                .mapToObj(n -> new LetterSpec(n, "Pismo ogólne", Sender.PERSON, "Urząd Miasta Lublin", 2, 50, now))
                .toList();
    }
}
