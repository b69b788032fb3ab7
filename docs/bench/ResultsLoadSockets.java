import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A lighter constant-rate client than ResultsLoad (which spends more CPU than the server on this 2-core machine):
 * CONNECTIONS plain keep-alive HTTP/1.1 sockets, one thread each, each sending RATE / CONNECTIONS requests per
 * second on its own fixed schedule (request i of a connection at its start + i * CONNECTIONS / RATE). A late answer
 * delays that connection's next request, and its lateness is counted: latency runs from the scheduled moment to the
 * whole answer read (as wrk2 does; no coordinated omission). Same requests as ResultsLoad: a random candidate of the
 * generated campaign with its test PIN. Usage:
 * {@code java docs/bench/ResultsLoadSockets.java BASE_URL RATE SECONDS WARMUP CAMPAIGN CANDIDATES SEED [CONNECTIONS=50]}.
 */
public class ResultsLoadSockets {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        long campaign = Long.parseLong(args[4]);
        int candidates = Integer.parseInt(args[5]);
        long seed = Long.parseLong(args[6]);
        int connections = args.length > 7 ? Integer.parseInt(args[7]) : 50;

        byte[][] requests = new byte[candidates][];
        String[] codes = new String[candidates];
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < candidates; i++) {
            codes[i] = String.format("R%d-%06d", campaign, i + 1);
            byte[] h = sha.digest(("edugmina-test-pin:" + seed + ":" + codes[i]).getBytes(StandardCharsets.UTF_8));
            String pin = String.format("%08d", Long.remainderUnsigned(ByteBuffer.wrap(h, 0, 8).getLong(), 100_000_000L));
            String body = "{\"code\":\"" + codes[i] + "\",\"pin\":\"" + pin + "\"}";
            requests[i] = ("POST /api/public/recruitment-results HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII);
        }
        long perConnection = (long) rate * (warmup + seconds) / connections;
        long measuredFrom = (long) rate * warmup / connections;
        long interval = 1_000_000_000L * connections / rate;
        long[][] latencies = new long[connections][(int) (perConnection - measuredFrom)];
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicLong> kinds = new ConcurrentHashMap<>();
        long start = System.nanoTime() + 500_000_000L;
        Thread[] threads = new Thread[connections];
        for (int t = 0; t < connections; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(seed * 31 + me);
                long offset = interval * me / connections;
                Socket socket = null;
                InputStream in = null;
                OutputStream out = null;
                for (long i = 0; i < perConnection; i++) {
                    long due = start + offset + i * interval;
                    long now;
                    while ((now = System.nanoTime()) < due) {
                        LockSupport.parkNanos(due - now);
                    }
                    int k = random.nextInt(candidates);
                    String kind = null;
                    try {
                        if (socket == null) {
                            socket = new Socket();
                            socket.setTcpNoDelay(true);
                            socket.setSoTimeout(30_000);
                            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
                            in = new BufferedInputStream(socket.getInputStream(), 16_384);
                            out = socket.getOutputStream();
                        }
                        out.write(requests[k]);
                        out.flush();
                        int status = readResponse(in, codes[k]);
                        if (status != 200) {
                            kind = status == -1 ? "wrong body" : "HTTP " + status;
                        }
                    } catch (Exception e) {
                        kind = e.getClass().getSimpleName();
                        try {
                            if (socket != null) {
                                socket.close();
                            }
                        } catch (Exception ignored) {
                            // closing a broken connection
                        }
                        socket = null;
                    }
                    long end = System.nanoTime();
                    if (i >= measuredFrom) {
                        latencies[me][(int) (i - measuredFrom)] = end - due;
                        if (kind != null) {
                            errors.incrementAndGet();
                            kinds.computeIfAbsent(kind, x -> new AtomicLong()).incrementAndGet();
                        }
                    }
                }
                try {
                    if (socket != null) {
                        socket.close();
                    }
                } catch (Exception ignored) {
                    // done
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long endAll = System.nanoTime();
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        double measuredSeconds = (endAll - (start + measuredFrom * interval)) / 1e9;
        System.out.printf(Locale.ROOT, "RESULT POST over %d keep-alive connections: %d requests measured (after %d s warm-up), answered at %.1f/s "
                        + "(scheduled %d/s); latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms; errors %d %s%n",
                connections, all.length, warmup, all.length / measuredSeconds, rate, q(all, .50), q(all, .90), q(all, .99), q(all, .999),
                all[all.length - 1] / 1e6, errors.get(), new TreeMap<>(kinds));
    }

    /** Reads one HTTP/1.1 response with Content-Length; its status, or -1 when a 200's body does not name the code. */
    static int readResponse(InputStream in, String code) throws Exception {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            int n = head.length();
            if (n >= 4 && head.charAt(n - 4) == '\r' && head.charAt(n - 3) == '\n' && head.charAt(n - 2) == '\r' && head.charAt(n - 1) == '\n') {
                break;
            }
        }
        if (c == -1) {
            throw new java.io.EOFException("connection closed");
        }
        String h = head.toString();
        int status = Integer.parseInt(h.substring(9, 12));
        int length = 0;
        for (String line : h.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).strip());
            }
        }
        byte[] body = in.readNBytes(length);
        if (status == 200 && !new String(body, StandardCharsets.UTF_8).contains(code)) {
            return -1;
        }
        return status;
    }

    static double q(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
