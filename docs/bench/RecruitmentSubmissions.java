import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load client of docs/bench/recruitment-submissions.sh (issue 5: "submitting 200 applications/s"). JDK only; run
 * with {@code java RecruitmentSubmissions.java KEY=VALUE...}.
 *
 * <p>Open loop at a constant rate: submission {@code i} is due at {@code start + i / RATE}, whatever happened to the
 * ones before, and its latency counts from that moment (a queue in the client or the server is part of it: no
 * coordinated omission). Every submission is a different child (a valid PESEL: birth date in 2021–2023, check digit)
 * of one of {@code PARENTS} parents, round robin; each parent logged in once through the login form before the
 * measurement and keeps the session cookie.
 *
 * <p>MODE=full (what a parent does on the portal, the screens): GET the form
 * {@code portal/recruitment/application.xhtml?campaign=C}, then POST the whole form, its hidden field
 * {@code applicationForm:preferences} carrying the PREFS classes the parent put on the list in the browser (until
 * 2026-11-27 the list was built on the server, one PrimeFaces ajax request per "Dodaj"), with the button "Złóż do wydruku" ({@code paper}); done
 * when the answer shows the candidate code and the PIN. MODE=click: the forms are opened and the lists filled before
 * the measurement (not timed), so only the final POST is paced and timed: what the parent waits for after pressing
 * the button. MODE=rest: the REST API with HTTP Basic on each request (as an integrator would), POST applications
 * (draft) then POST applications/{id}/paper. MODE=quick (what the parents' page sends since 2026-11-27 when
 * "Złóż do wydruku" is pressed on a new application, js/recruitment-submit.js): one JSON request
 * {@code POST api/portal/recruitment/submissions} with the session cookie and the page's token (X-CSRF-Token, read from
 * the form each parent opened once before the measurement); done when the answer has the code and the PIN.
 * MODE=quickfull: the whole application as the browser does it, GET the form then the same JSON request.
 *
 * <p>Prints RESULT lines and writes the candidate codes received to CODES (one a line) for the database check.
 */
public class RecruitmentSubmissions {

    static final Map<String, String> ARGS = new LinkedHashMap<>();

    static String arg(String k, String def) {
        return ARGS.getOrDefault(k, def);
    }

    static final Pattern VIEW_STATE_PAGE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern CODE = Pattern.compile("id=\"candidateCode\">([^<]+)<");
    static final Pattern PIN = Pattern.compile("id=\"candidatePin\">([0-9]+)<");
    static final Pattern REST_ID = Pattern.compile("\"id\"\\s*:\\s*([0-9]+)");
    static final Pattern REST_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern REST_PIN = Pattern.compile("\"pin\"\\s*:\\s*\"([0-9]+)\"");
    static final Pattern CSRF = Pattern.compile("data-csrf=\"([A-Za-z0-9_-]+)\"");

    static HttpClient http;
    static String base;
    static String password;
    static long campaign;
    static List<Long> classes;
    static int prefs;
    static int serialOffset;

    public static void main(String[] a) throws Exception {
        for (String s : a) {
            int eq = s.indexOf('=');
            ARGS.put(s.substring(0, eq), s.substring(eq + 1));
        }
        base = arg("BASE", "http://localhost:8480");
        password = arg("PASSWORD", "Lublin2026demo");
        campaign = Long.parseLong(arg("CAMPAIGN", "1"));
        classes = Arrays.stream(arg("CLASSES", "").split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
        prefs = Integer.parseInt(arg("PREFS", "3"));
        serialOffset = Integer.parseInt(arg("OFFSET", "0"));
        String mode = arg("MODE", "full");
        double rate = Double.parseDouble(arg("RATE", "200"));
        int seconds = Integer.parseInt(arg("SECONDS", "60"));
        int parentCount = Integer.parseInt(arg("PARENTS", "200"));
        String prefix = arg("PARENT_PREFIX", "rodzic.bench");
        int threads = Integer.parseInt(arg("THREADS", "400"));
        String label = arg("LABEL", mode);
        Path codesFile = Path.of(arg("CODES", "codes.txt"));
        int total = (int) Math.round(rate * seconds);

        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(4)).build();

        List<String> logins = new ArrayList<>();
        for (int p = 1; p <= parentCount; p++) {
            logins.add(prefix + p);
        }
        String[] cookies = new String[parentCount];
        if (!mode.equals("rest")) {
            long t0 = System.nanoTime();
            ExecutorService loginPool = Executors.newFixedThreadPool(Integer.parseInt(arg("LOGIN_THREADS", "4")));
            AtomicInteger failed = new AtomicInteger();
            for (int p = 0; p < parentCount; p++) {
                int q = p;
                loginPool.submit(() -> {
                    try {
                        cookies[q] = login(logins.get(q));
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        System.err.println("login of " + logins.get(q) + " failed: " + e);
                    }
                });
            }
            loginPool.shutdown();
            loginPool.awaitTermination(30, TimeUnit.MINUTES);
            if (failed.get() > 0) {
                throw new IllegalStateException(failed.get() + " logins failed");
            }
            System.out.printf("logged in %d parents through the login form in %.1f s%n", parentCount, (System.nanoTime() - t0) / 1e9);
        }

        // MODE=quick: each parent opened the form once (its page's token is the session's)
        String[] tokens = new String[parentCount];
        if (mode.startsWith("quick")) {
            long t0 = System.nanoTime();
            for (int p = 0; p < parentCount; p++) {
                tokens[p] = token(cookies[p]);
            }
            System.out.printf("read the page's token of %d parents in %.1f s%n", parentCount, (System.nanoTime() - t0) / 1e9);
        }

        // MODE=click: every form opened and its list filled before the measurement (at most 10 open forms a session)
        String[] prepared = new String[total];
        if (mode.equals("click")) {
            if (total > parentCount * 10) {
                throw new IllegalArgumentException("MODE=click needs PARENTS >= RATE * SECONDS / 10 (open forms per session are limited)");
            }
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(arg("PREPARE_THREADS", "8")));
            AtomicInteger failed = new AtomicInteger();
            for (int i = 0; i < total; i++) {
                int n = i;
                pool.submit(() -> {
                    try {
                        prepared[n] = openAndFill(cookies[n % parentCount], n);
                    } catch (Exception e) {
                        if (failed.incrementAndGet() < 5) {
                            System.err.println("preparing form " + n + " failed: " + e);
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.MINUTES);
            if (failed.get() > 0) {
                throw new IllegalStateException(failed.get() + " forms could not be prepared");
            }
            System.out.printf("prepared %d forms (GET each; %d preferences chosen in the browser) in %.1f s%n", total, prefs, (System.nanoTime() - t0) / 1e9);
        }

        long[] latency = new long[total];     // ns from the due time to the end of the submission
        long[] service = new long[total];     // ns from the actual start of the timed part to its end
        long[] finishedAt = new long[total];  // ns since the start
        boolean[] ok = new boolean[total];
        ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        CountDownLatch done = new CountDownLatch(total);
        measuring = true;
        long[] cpu0 = serverCpu();
        long start = System.nanoTime() + 200_000_000L;
        double intervalNs = 1e9 / rate;
        System.out.printf("%s: %d submissions at %.0f/s for %d s, %d parents, %d preferences each%n", label, total, rate, seconds,
                parentCount, prefs);
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * intervalNs);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            workers.submit(() -> {
                int now = inFlight.incrementAndGet();
                maxInFlight.accumulateAndGet(now, Math::max);
                long began = System.nanoTime();
                try {
                    String code = switch (mode) {
                        case "full" -> submitFull(cookies[n % parentCount], n);
                        case "click" -> submitForm(cookies[n % parentCount], prepared[n], n);
                        case "rest" -> submitRest(logins.get(n % parentCount), n);
                        case "quick" -> submitQuick(cookies[n % parentCount], tokens[n % parentCount], n);
                        case "quickfull" -> submitQuick(cookies[n % parentCount], token(cookies[n % parentCount]), n);
                        default -> throw new IllegalArgumentException(mode);
                    };
                    codes.add(code);
                    ok[n] = true;
                } catch (Exception e) {
                    errors.add(e.getMessage() == null ? e.toString() : e.getMessage());
                } finally {
                    long end = System.nanoTime();
                    latency[n] = end - due;
                    service[n] = end - began;
                    finishedAt[n] = end - start;
                    inFlight.decrementAndGet();
                    done.countDown();
                }
            });
        }
        long scheduledAll = System.nanoTime() - start;
        if (!done.await(Long.parseLong(arg("DRAIN_SECONDS", "300")), TimeUnit.SECONDS)) {
            System.out.println("WARNING: not all submissions finished " + arg("DRAIN_SECONDS", "300") + " s after the last was due");
        }
        long end = Arrays.stream(finishedAt).max().orElse(0);
        long[] cpu1 = serverCpu();
        workers.shutdownNow();

        int good = 0;
        int inWindow = 0;
        long window = (long) (seconds * 1e9);
        List<Long> lat = new ArrayList<>();
        List<Long> svc = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (ok[i]) {
                good++;
                lat.add(latency[i]);
                svc.add(service[i]);
                if (finishedAt[i] <= window) {
                    inWindow++;
                }
            }
        }
        Collections.sort(lat);
        Collections.sort(svc);
        Files.write(codesFile, codes);
        // per 10 s: submissions finished and the p99 of the latency of those due in that interval
        StringBuilder timeline = new StringBuilder();
        for (long from = 0; from < Math.max(end, window); from += 10_000_000_000L) {
            long to = from + 10_000_000_000L;
            int finished = 0;
            List<Long> dueHere = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                if (ok[i] && finishedAt[i] > from && finishedAt[i] <= to) {
                    finished++;
                }
                long due = (long) (i * intervalNs);
                if (ok[i] && due >= from && due < to) {
                    dueHere.add(latency[i]);
                }
            }
            Collections.sort(dueHere);
            timeline.append(String.format(" [%d-%ds: %.0f/s finished, p99 of due %s]", from / 1_000_000_000L, to / 1_000_000_000L,
                    finished / 10.0, dueHere.isEmpty() ? "-" : ms(pct(dueHere, 99))));
        }
        System.out.printf("RESULT %s: target %.0f/s x %d s = %d; succeeded %d, errors %d; achieved %.1f/s over %.1f s "
                        + "(first due to last finished; %d finished inside the %d s window = %.1f/s); scheduling ended at %.1f s; "
                        + "max in flight %d%n",
                label, rate, seconds, total, good, total - good, good / (end / 1e9), end / 1e9, inWindow, seconds, inWindow / (double) seconds,
                scheduledAll / 1e9, maxInFlight.get());
        if (!lat.isEmpty()) {
            System.out.printf("RESULT %s latency from the due time: p50 %s, p90 %s, p99 %s, max %s; service time (from the start of the "
                            + "request): p50 %s, p99 %s, max %s%n", label, ms(pct(lat, 50)), ms(pct(lat, 90)), ms(pct(lat, 99)),
                    ms(lat.get(lat.size() - 1)), ms(pct(svc, 50)), ms(pct(svc, 99)), ms(svc.get(svc.size() - 1)));
        }
        System.out.println("TIMELINE " + label + ":" + timeline);
        STEPS.forEach((k, v) -> {
            List<Long> l = new ArrayList<>(v);
            Collections.sort(l);
            System.out.printf("STEP %s %s: %d requests, p50 %s, p90 %s, p99 %s%n", label, k, l.size(), ms(pct(l, 50)), ms(pct(l, 90)), ms(pct(l, 99)));
        });
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (String e : errors) {
            String k = e.length() > 160 ? e.substring(0, 160) : e;
            kinds.merge(k, 1, Integer::sum);
        }
        if (cpu0 != null && good > 0) {
            System.out.printf("CPU %s (measured part only): WildFly %.1f s, PostgreSQL %.1f s; per submission WildFly %.0f ms, PostgreSQL %.0f ms%n",
                    label, (cpu1[0] - cpu0[0]) / 100.0, (cpu1[1] - cpu0[1]) / 100.0, (cpu1[0] - cpu0[0]) * 10.0 / good,
                    (cpu1[1] - cpu0[1]) * 10.0 / good);
        }
        System.out.printf("CLIENT %s: %.1f s of CPU in the load client (JVM included)%n", label,
                ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
        kinds.entrySet().stream().limit(10).forEach(e -> System.out.println("ERROR x" + e.getValue() + ": " + e.getKey()));
        System.exit(0);
    }

    /** CPU ticks (10 ms) of WildFly (WF_PIDS) and of PostgreSQL (PG_PID, the postmaster, and its children); null without them. */
    static long[] serverCpu() {
        String wf = arg("WF_PIDS", "");
        String pg = arg("PG_PID", "");
        if (wf.isBlank() || pg.isBlank()) {
            return null;
        }
        long w = 0;
        long q = 0;
        for (String pid : wf.split("[ ,]+")) {
            String[] f = stat(pid);
            w += f == null ? 0 : Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        java.io.File[] procs = new java.io.File("/proc").listFiles((d, n) -> n.chars().allMatch(Character::isDigit));
        for (java.io.File proc : procs == null ? new java.io.File[0] : procs) {
            String[] f = stat(proc.getName());
            if (f != null && (proc.getName().equals(pg) || f[3].equals(pg))) {
                q += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
        }
        return new long[]{w, q};
    }

    /** /proc/PID/stat fields from the state on (index 2 = state, as in proc(5) minus one), or null. */
    static String[] stat(String pid) {
        try {
            String s = Files.readString(Path.of("/proc", pid, "stat"));
            String rest = s.substring(s.lastIndexOf(')') + 2);
            String[] f = rest.split(" ");
            String[] out = new String[f.length + 2];
            System.arraycopy(f, 0, out, 2, f.length);
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static long pct(List<Long> sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static String ms(long ns) {
        return String.format("%.0f ms", ns / 1e6);
    }

    // ------------------------------------------------------------------ HTTP

    /** Service times of each kind of request (ns), for the split of a submission. */
    static final Map<String, ConcurrentLinkedQueue<Long>> STEPS = new java.util.concurrent.ConcurrentHashMap<>();

    static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return send(null, b);
    }

    static HttpResponse<String> send(String step, HttpRequest.Builder b) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        if (step != null && measuring) {
            STEPS.computeIfAbsent(step, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - t0);
        }
        return r;
    }

    static volatile boolean measuring;

    static String form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (b.length() > 0) {
                b.append('&');
            }
            b.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    static String group(Pattern p, String text, String what) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in the answer: " + snippet(text));
        }
        return m.group(1);
    }

    static String snippet(String text) {
        Matcher m = Pattern.compile("class=\"ui-message-error[^\"]*\"[^>]*>(.{0,200})").matcher(text);
        if (m.find()) {
            return "validation message " + m.group(1).replaceAll("<[^>]+>", " ").strip();
        }
        Matcher t = Pattern.compile("<title>([^<]*)</title>").matcher(text);
        return t.find() ? "page titled " + t.group(1) : text.substring(0, Math.min(200, text.length())).replace('\n', ' ');
    }

    /** Logs a parent in through the login form; returns the session cookie (JSESSIONID=...). */
    static String login(String login) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET());
        String cookie = cookie(page, null);
        String vs = group(VIEW_STATE_PAGE, page.body(), "view state");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("loginForm", "loginForm");
        f.put("loginForm:username", login);
        f.put("loginForm:password", password);
        f.put("loginForm:next", "");
        f.put("loginForm:submit", "");
        f.put("jakarta.faces.ViewState", vs);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(f))));
        if (r.statusCode() != 302 || !r.headers().firstValue("Location").orElse("").contains("index.xhtml")) {
            throw new IllegalStateException("login of " + login + " answered " + r.statusCode() + " " + snippet(r.body()));
        }
        return cookie(r, cookie);
    }

    static String cookie(HttpResponse<?> r, String current) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            if (h.startsWith("JSESSIONID=")) {
                return h.substring(0, h.indexOf(';'));
            }
        }
        if (current == null) {
            throw new IllegalStateException("no session cookie");
        }
        return current;
    }

    // ------------------------------------------------------------------ the screens

    /**
     * GET the empty form; returns the view state. The list of preferences is built in the browser ("Dodaj" and the arrows
     * send nothing since the list moved to the browser, docs/benchmarks.md section 11) and goes with the form in the
     * hidden field {@code applicationForm:preferences}.
     */
    static String openAndFill(String cookie, int n) throws Exception {
        HttpResponse<String> page = send("GET form", HttpRequest.newBuilder(URI.create(base + "/portal/recruitment/application.xhtml?campaign=" + campaign))
                .header("Cookie", cookie).GET());
        if (page.statusCode() != 200 || !page.body().contains("applicationForm:paper") || !page.body().contains("applicationForm:preferences")) {
            throw new IllegalStateException("form " + page.statusCode() + " " + snippet(page.body()));
        }
        return group(VIEW_STATE_PAGE, page.body(), "view state");
    }

    /** POST the whole form with the button "paper"; returns the candidate code shown. */
    static String submitForm(String cookie, String viewState, int n) throws Exception {
        Child c = child(n);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("applicationForm", "applicationForm");
        f.put("applicationForm:childFirstName", c.firstName);
        f.put("applicationForm:childLastName", c.lastName);
        f.put("applicationForm:birthDate_input", c.birthDate.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        f.put("applicationForm:pesel", c.pesel);
        f.put("applicationForm:identityDocument", "");
        f.put("applicationForm:locality", "Lublin");
        f.put("applicationForm:street", "ul. Lipowa");
        f.put("applicationForm:houseNumber", Integer.toString(1 + n % 120));
        f.put("applicationForm:flat", "");
        f.put("applicationForm:postalCode", "20-020");
        f.put("applicationForm:guardian1Name", "Anna " + c.lastName);
        f.put("applicationForm:guardian1Email", "rodzic" + n + "@example.pl");
        f.put("applicationForm:guardian1Phone", "");
        f.put("applicationForm:guardian2Name", "");
        f.put("applicationForm:guardian2Email", "");
        f.put("applicationForm:guardian2Phone", "");
        StringBuilder ids = new StringBuilder();
        for (long k : preferencesOf(n)) {
            ids.append(ids.length() == 0 ? "" : ",").append(k);
        }
        f.put("applicationForm:preferences", ids.toString());
        f.put("applicationForm:criteria", "PRACA");
        f.put("applicationForm:paper", "");
        f.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> r = send("POST paper", HttpRequest.newBuilder(URI.create(base + "/portal/recruitment/application.xhtml"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form(f))));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("submission answered " + r.statusCode() + " " + snippet(r.body()));
        }
        String code = group(CODE, r.body(), "candidate code");
        group(PIN, r.body(), "PIN");
        return code;
    }

    static String submitFull(String cookie, int n) throws Exception {
        return submitForm(cookie, openAndFill(cookie, n), n);
    }

    // ------------------------------------------------------------------ the page's script (MODE=quick)

    /** GET the form as the parent opens it; returns the page's token its script sends. */
    static String token(String cookie) throws Exception {
        HttpResponse<String> page = send("GET form", HttpRequest.newBuilder(URI.create(base + "/portal/recruitment/application.xhtml?campaign=" + campaign))
                .header("Cookie", cookie).GET());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("form " + page.statusCode() + " " + snippet(page.body()));
        }
        return group(CSRF, page.body(), "page's token");
    }

    /** What js/recruitment-submit.js sends for "Złóż do wydruku": one JSON request with the session and the token. */
    static String submitQuick(String cookie, String token, int n) throws Exception {
        HttpResponse<String> r = send("POST submission", HttpRequest.newBuilder(URI.create(base + "/api/portal/recruitment/submissions"))
                .header("Cookie", cookie).header("X-CSRF-Token", token).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json(n))));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("submission answered " + r.statusCode() + " " + r.body());
        }
        group(REST_PIN, r.body(), "PIN");
        return group(REST_CODE, r.body(), "code");
    }

    // ------------------------------------------------------------------ REST

    static String submitRest(String login, int n) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send("REST draft", HttpRequest.newBuilder(URI.create(base + "/api/portal/recruitment/applications"))
                .header("Authorization", auth).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json(n))));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("draft answered " + r.statusCode() + " " + r.body());
        }
        String id = group(REST_ID, r.body(), "id");
        HttpResponse<String> s = send("REST paper", HttpRequest.newBuilder(URI.create(base + "/api/portal/recruitment/applications/" + id + "/paper"))
                .header("Authorization", auth).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        if (s.statusCode() != 200) {
            throw new IllegalStateException("paper answered " + s.statusCode() + " " + s.body());
        }
        return group(REST_CODE, s.body(), "code");
    }

    /** The n-th application as JSON (the REST API's and the page script's body). */
    static String json(int n) {
        Child c = child(n);
        StringBuilder p = new StringBuilder();
        for (long k : preferencesOf(n)) {
            p.append(p.length() == 0 ? "" : ",").append(k);
        }
        String body = "{\"campaignId\":" + campaign + ",\"child\":{\"firstName\":\"" + c.firstName + "\",\"lastName\":\"" + c.lastName
                + "\",\"birthDate\":\"" + c.birthDate + "\",\"pesel\":\"" + c.pesel + "\"},\"address\":{\"locality\":\"Lublin\","
                + "\"street\":\"ul. Lipowa\",\"houseNumber\":\"" + (1 + n % 120) + "\",\"postalCode\":\"20-020\"},\"guardians\":[{\"name\":\"Anna "
                + c.lastName + "\",\"email\":\"rodzic" + n + "@example.pl\"}],\"preferences\":[" + p + "],\"criteria\":[\"PRACA\"]}";
        return body;
    }

    // ------------------------------------------------------------------ data

    record Child(String firstName, String lastName, LocalDate birthDate, String pesel) {
    }

    static final String[] FIRST = {"Zofia", "Jan", "Hanna", "Antoni", "Maja", "Filip", "Lena", "Jakub", "Alicja", "Szymon", "Oliwia", "Franciszek"};
    static final String[] LAST = {"Nowak", "Kowalczyk", "Wiśniewska", "Wójcik", "Lewandowski", "Zieliński", "Szymańska", "Woźniak", "Dąbrowski", "Kozłowska"};

    /** The n-th child: born on one of 1,096 days of 2021–2023, serial n / 1096 (distinct PESEL for n below 10,960,000). */
    static Child child(int n) {
        int k = n + serialOffset;
        LocalDate born = LocalDate.of(2021, 1, 1).plusDays(k % 1096);
        int serial = k / 1096;
        String body = String.format("%02d%02d%02d%04d", born.getYear() % 100, born.getMonthValue() + 20, born.getDayOfMonth(), serial);
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (body.charAt(i) - '0') * w[i];
        }
        String pesel = body + (10 - sum % 10) % 10;
        return new Child(FIRST[k % FIRST.length], LAST[(k / FIRST.length) % LAST.length], born, pesel);
    }

    /** PREFS distinct classes of the campaign for the n-th child (seeded by n). */
    static List<Long> preferencesOf(int n) {
        Random r = new Random(n * 7919L + 17);
        List<Long> out = new ArrayList<>();
        while (out.size() < Math.min(prefs, classes.size())) {
            long k = classes.get(r.nextInt(classes.size()));
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
