package pl.edugmina.recruitment.domain.allocation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation at a large city's scale: 50,000 candidates × 7 preferences over 1,500 classes (about 45,000 seats,
 * popular classes oversubscribed). Target: matching under 0.5 s on the 2-core build machine. Runs only with
 * {@code -Dbench=true}:
 * <pre>mvn -o -q -pl ejb -am test -Dtest=AllocationBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench=true</pre>
 * Prints (and writes to {@code ejb/target/allocation-benchmark.txt}) the campaign build time, the median, min and max
 * of the measured matching runs after warm-up (wall time, and the median CPU time of the allocating thread, which
 * waiting for a core on a shared machine does not inflate), the explanation time, and the load average before and after.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class AllocationBenchmark {

    static final int CANDIDATES = 50_000;
    static final int CLASSES = 1_500;
    static final int PREFERENCES = 7;
    static final int WARM_UP = 5;
    static final int RUNS = 15;

    static Campaign campaign(long seed) {
        Random rnd = new Random(seed);
        Campaign.Builder b = Campaign.builder("benchmark-" + seed).maxPreferences(PREFERENCES);
        for (int k = 0; k < CLASSES; k++) {
            b.addClass("C" + k, 20 + rnd.nextInt(21));
        }
        int[] chosen = new int[PREFERENCES];
        for (int c = 0; c < CANDIDATES; c++) {
            b.candidate(100_000L + c);
            long base = rnd.nextInt(20_001);
            boolean laureate = rnd.nextInt(200) == 0;
            int second = rnd.nextInt(4);
            for (int p = 0; p < PREFERENCES; p++) {
                int k;
                do {
                    // skewed: low class numbers are the popular ones
                    k = (int) (CLASSES * Math.pow(rnd.nextDouble(), 2));
                } while (contains(chosen, p, k));
                chosen[p] = k;
                // points differ by class (the grades counted depend on the class's profile)
                long points = Math.max(0, Math.min(20_000, base + rnd.nextInt(1_001) - 500));
                b.prefer("C" + k, laureate ? 1 : 0, points, second);
            }
        }
        return b.build();
    }

    static boolean contains(int[] a, int n, int x) {
        for (int i = 0; i < n; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }

    @Test
    void matches50000CandidatesOver1500Classes() throws IOException {
        String loadBefore = loadAverage();
        long t0 = System.nanoTime();
        Campaign campaign = campaign(2026);
        long buildNanos = System.nanoTime() - t0;
        assertThat(campaign.applicationCount()).isEqualTo(CANDIDATES * PREFERENCES);

        AllocationResult result = null;
        for (int i = 0; i < WARM_UP; i++) {
            result = DeferredAcceptance.allocate(campaign, AllocationMode.DRY_RUN);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] runs = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            result = DeferredAcceptance.allocate(campaign, AllocationMode.DRY_RUN);
            runs[i] = System.nanoTime() - s;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        long[] explain = new long[5];
        int lines = 0;
        for (int i = 0; i < explain.length + 2; i++) {
            long s = System.nanoTime();
            Explanation explanation = result.explain();
            List<Explanation.CandidateExplanation> all = explanation.candidates();
            List<Explanation.ClassSummary> classes = explanation.classes();
            long e = System.nanoTime() - s;
            if (i >= 2) {
                explain[i - 2] = e;
            }
            lines = all.stream().mapToInt(x -> x.lines().size()).sum() + classes.size();
        }
        String loadAfter = loadAverage();

        String report = String.format(java.util.Locale.ROOT, """
                AllocationBenchmark: %,d candidates × %d preferences over %,d classes (%,d seats)
                  campaign build (incl. %,d SHA-256 draws): %.1f ms
                  matching, %d runs after %d warm-up: median %.1f ms, min %.1f ms, max %.1f ms (CPU of the thread: median %.1f ms)
                  result: %,d placed, %d rounds, %,d proposals
                  explanation (all classes + all candidates, %,d lines), %d runs after 2 warm-up: median %.1f ms, min %.1f ms, max %.1f ms
                  processors %d, max heap %d MiB, load average before: %s, after: %s
                """,
                CANDIDATES, PREFERENCES, CLASSES, Arrays.stream(campaign.capacity).sum(), CANDIDATES, buildNanos / 1e6,
                RUNS, WARM_UP, median(runs) / 1e6, Arrays.stream(runs).min().orElseThrow() / 1e6, Arrays.stream(runs).max().orElseThrow() / 1e6,
                median(cpu) / 1e6, result.placedCount(), result.rounds(), result.proposals(),
                lines, explain.length, median(explain) / 1e6, Arrays.stream(explain).min().orElseThrow() / 1e6,
                Arrays.stream(explain).max().orElseThrow() / 1e6,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAfter);
        System.out.print(report);
        Files.writeString(Path.of("target", "allocation-benchmark.txt"), report);
        assertThat(result.placedCount()).isPositive();
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
