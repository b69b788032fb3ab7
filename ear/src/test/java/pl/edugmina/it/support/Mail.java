package pl.edugmina.it.support;

import jakarta.json.JsonObject;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import pl.edugmina.it.probe.MailProbeServlet;

import java.time.Duration;
import java.util.List;

/**
 * E-mail in the tests: what the simulator's SMTP sink received ({@code /epuap-sim/api/mail}), what the application
 * recorded ({@code /api/admin/mail}), and the probe WAR that queues a mail in a transaction the test controls.
 */
public final class Mail {

    public static final String PROBE = "mail-probe";

    private Mail() {
    }

    /** The probe: one servlet; in the application's security domain, so its anonymous caller can call the application's beans. */
    public static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, PROBE + ".war")
                .addClass(MailProbeServlet.class)
                .addAsWebInfResource(new StringAsset("""
                        <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0">
                          <context-root>/mail-probe</context-root>
                          <security-domain>edugmina</security-domain>
                        </jboss-web>"""), "jboss-web.xml");
    }

    /** A unique address (the sink and the record are shared by every test of the session). */
    public static String address(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36) + "@lublin.example";
    }

    /** What the sink received for recipients containing {@code to}, newest first. */
    public static List<JsonObject> received(String to) {
        return Api.anonymous().get("/epuap-sim/api/mail?" + Api.query("to", to, "limit", 1000)).expect(200).array()
                .getValuesAs(JsonObject.class);
    }

    /** Waits (at most {@code timeout}) until the sink received {@code count} mails for {@code to}. */
    public static List<JsonObject> awaitReceived(String to, int count, Duration timeout) {
        return Epuap.await(count + " mail(s) for " + to + " at the SMTP sink", timeout, () -> received(to), l -> l.size() >= count);
    }

    /** The application's record of mails to addresses containing {@code to}, as the administrator sees it. */
    public static List<JsonObject> recorded(String to) {
        return Api.as("admin").get("/api/admin/mail?" + Api.query("to", to)).expect(200).rows();
    }

    public static JsonObject awaitRecorded(String to, String status, Duration timeout) {
        return Epuap.await("the mail for " + to + " " + status, timeout, () -> recorded(to),
                l -> l.size() == 1 && status.equals(l.get(0).getString("status"))).get(0);
    }
}
