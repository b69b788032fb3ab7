package pl.edugmina.it.support;

import jakarta.json.JsonObject;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The ePUAP simulator deployed next to the application (/epuap-sim), and waiting for the intake. */
public final class Epuap {

    public static final String CITY_INBOX = "/UMLUBLIN/oswiata";

    private Epuap() {
    }

    /** Drops {@code count} generated e-forms of {@code kind} into {@code inbox} ("/PODMIOT/nazwa"); returns the simulator's answer. */
    public static JsonObject drop(String inbox, String kind, String title, int count) {
        return Api.anonymous().post("/epuap-sim/api/inboxes" + inbox + "/documents?"
                        + Api.query("kind", kind, "count", count, "attachments", 2, "attachmentKb", 20, "title", title),
                new byte[0], "application/octet-stream").expect(200).obj();
    }

    public static JsonObject dropRaw(String inbox, String fileName, byte[] content) {
        return Api.anonymous().post("/epuap-sim/api/inboxes" + inbox + "/raw?" + Api.query("fileName", fileName),
                content, "application/octet-stream").expect(200).obj();
    }

    /**
     * Drops {@code xml} signed by the simulator: {@code signer} citizen (the test citizen's trusted key), stranger (untrusted)
     * or profil-zaufany (with Profil Zaufany by {@code givenName} {@code surname}, who is then the ePUAP sender).
     */
    public static JsonObject dropSigned(String inbox, String fileName, byte[] xml, String signer, String givenName, String surname) {
        return Api.anonymous().post("/epuap-sim/api/inboxes" + inbox + "/signed?" + Api.query("fileName", fileName, "signer", signer,
                        "givenName", givenName, "surname", surname), xml, "text/xml").expect(200).obj();
    }

    public static JsonObject inbox(String inbox) {
        return Api.anonymous().get("/epuap-sim/api/inboxes" + inbox).expect(200).obj();
    }

    /** Asks {@code probe} every half second until {@code done} holds (returns that answer) or fails after {@code timeout}. */
    public static <T> T await(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T answer;
        do {
            answer = probe.get();
            if (done.test(answer)) {
                return answer;
            }
            Server.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(what + " not reached within " + timeout + ": " + answer + "\n" + Server.logTail(40));
    }

    /** Register rows matching {@code q} as seen by {@code who}, waiting up to {@code timeout} until {@code done} holds. */
    public static List<JsonObject> awaitRegister(Api who, String q, Duration timeout, Predicate<List<JsonObject>> done) {
        return await("register rows for '" + q + "'", timeout,
                () -> who.get("/api/correspondence?" + Api.query("q", q, "size", 500)).expect(200).rows(), done);
    }

    public static List<JsonObject> awaitRejected(Api who, Predicate<List<JsonObject>> done) {
        return await("rejected documents", Duration.ofSeconds(60),
                () -> who.get("/api/correspondence/rejected").expect(200).array().getValuesAs(JsonObject.class), done);
    }
}
