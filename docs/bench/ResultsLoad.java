import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A constant-rate (open-loop) load client for the public results endpoint, run with the JDK alone:
 * {@code java docs/bench/ResultsLoad.java BASE_URL RATE SECONDS WARMUP_SECONDS CAMPAIGN CANDIDATES SEED [get|post]}.
 *
 * <p>Requests are sent on a fixed schedule (request i at start + i / RATE), whether or not earlier answers have come:
 * a slow server does not slow the client down. Each request asks for a random candidate of the generated campaign
 * (code {@code R<campaign>-<000001…>}) with its test PIN, derived as the generator documents
 * ({@code CampaignGenerator.testPin}: SHA-256 of "edugmina-test-pin:SEED:CODE", first 8 bytes unsigned, mod 10^8).
 * Latency is measured from the scheduled moment (so that queueing in the client or the server counts, no coordinated
 * omission) to the whole answer read. Anything but 200 with a body naming the code is an error. The warm-up is sent
 * at the same rate and not counted. Prints one line of figures.
 */
public class ResultsLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        long campaign = Long.parseLong(args[4]);
        int candidates = Integer.parseInt(args[5]);
        long seed = Long.parseLong(args[6]);
        boolean get = args.length > 7 && args[7].equalsIgnoreCase("get");

        String[] codes = new String[candidates];
        String[] pins = new String[candidates];
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < candidates; i++) {
            codes[i] = String.format("R%d-%06d", campaign, i + 1);
            byte[] h = sha.digest(("edugmina-test-pin:" + seed + ":" + codes[i]).getBytes(StandardCharsets.UTF_8));
            pins[i] = String.format("%08d", Long.remainderUnsigned(ByteBuffer.wrap(h, 0, 8).getLong(), 100_000_000L));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create(base + "/api/public/recruitment-results");

        long total = (long) rate * (warmup + seconds);
        long measuredFrom = (long) rate * warmup;
        long[] latencies = new long[(int) (total - measuredFrom)];
        AtomicInteger recorded = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong done = new AtomicLong();
        Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch((int) total);
        SplittableRandom random = new SplittableRandom(seed);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 200_000_000L;
        long[] measuredWindow = new long[2];
        long maxLag = 0;
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            maxLag = Math.max(maxLag, now - due);
            if (i == measuredFrom) {
                measuredWindow[0] = due;
            }
            int k = random.nextInt(candidates);
            HttpRequest request = get
                    ? HttpRequest.newBuilder(URI.create(uri + "?code=" + codes[k])).header("X-Candidate-Pin", pins[k])
                    .timeout(Duration.ofSeconds(30)).GET().build()
                    : HttpRequest.newBuilder(uri).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + codes[k] + "\",\"pin\":\"" + pins[k] + "\"}")).build();
            boolean measured = i >= measuredFrom;
            String code = codes[k];
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                long end = System.nanoTime();
                if (measured) {
                    latencies[recorded.getAndIncrement()] = end - due;
                    done.incrementAndGet();
                    String kind = e != null ? cause(e)
                            : r.statusCode() != 200 ? "HTTP " + r.statusCode() : !r.body().contains(code) ? "wrong body" : null;
                    if (kind != null) {
                        errors.incrementAndGet();
                        errorKinds.computeIfAbsent(kind, x -> new AtomicLong()).incrementAndGet();
                    }
                }
                all.countDown();
            });
        }
        long sentUntil = System.nanoTime();
        all.await();
        long lastDone = System.nanoTime();
        long[] l = Arrays.copyOf(latencies, recorded.get());
        Arrays.sort(l);
        double sendSeconds = (sentUntil - measuredWindow[0]) / 1e9;
        double answerSeconds = (lastDone - measuredWindow[0]) / 1e9;
        System.out.printf(java.util.Locale.ROOT,
                "RESULT %s %d requests in %.1f s measured (after %d s warm-up): sent at %.1f/s, answered at %.1f/s; "
                        + "latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms; errors %d %s; client lag max %.1f ms%n",
                get ? "GET" : "POST", l.length, sendSeconds, warmup, l.length / sendSeconds, l.length / answerSeconds, ms(l, 0.50), ms(l, 0.90),
                ms(l, 0.99), ms(l, 0.999), l.length == 0 ? 0 : l[l.length - 1] / 1e6, errors.get(), new TreeMap<>(errorKinds), maxLag / 1e6);
    }

    /** The innermost cause's class and message (e.g. "HttpTimeoutException: request timed out"). */
    static String cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? "" : ": " + t.getMessage();
        return t.getClass().getSimpleName() + (m.length() > 60 ? m.substring(0, 60) : m);
    }

    static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
