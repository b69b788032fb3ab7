package pl.edugmina.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The application under test: the built EAR, where it answers, and when it is ready. */
public final class Server {

    public static final URI APP = URI.create("http://localhost:8080/");
    public static final URI READY = URI.create("http://localhost:9990/health/ready");

    private Server() {
    }

    /** The EAR exactly as the build produced it (not rebuilt by ShrinkWrap). */
    public static EnterpriseArchive ear() {
        String path = System.getProperty("edugmina.ear");
        if (path == null) {
            throw new IllegalStateException("system property edugmina.ear not set (run through failsafe)");
        }
        File file = new File(path);
        if (!file.isFile()) {
            throw new IllegalStateException("EAR not found: " + file);
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /**
     * Polls the readiness endpoint until it answers 200 with status UP (at most 60 s), so that
     * tests start only when the database is migrated and the Camel context is running.
     */
    public static String awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(READY).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return r.body();
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("application not ready within 60 s; last answer: " + last
                + "\n--- server.log (tail) ---\n" + logTail(80));
    }

    /** The last {@code lines} lines of the server's log, for failure messages. */
    public static String logTail(int lines) {
        String home = System.getProperty(PrivateServer.PROPERTY, System.getProperty("jboss.home"));
        if (home == null) {
            return "(jboss.home not set)";
        }
        Path log = Path.of(home, "standalone", "log", "server.log");
        if (!Files.isReadable(log)) {
            return "(no " + log + ")";
        }
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long len = f.length();
            long from = Math.max(0, len - 64 * 1024);
            byte[] buf = new byte[(int) (len - from)];
            f.seek(from);
            f.readFully(buf);
            // without stack frames: the messages and their causes
            String[] all = java.util.Arrays.stream(new String(buf, StandardCharsets.UTF_8).split("\n"))
                    .filter(l -> !l.stripLeading().startsWith("at ") && !l.stripLeading().startsWith("..."))
                    .toArray(String[]::new);
            StringBuilder sb = new StringBuilder();
            for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
                sb.append(all[i]).append('\n');
            }
            return sb.toString();
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
