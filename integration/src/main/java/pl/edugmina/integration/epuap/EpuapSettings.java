package pl.edugmina.integration.epuap;

import jakarta.enterprise.context.ApplicationScoped;
import pl.edugmina.platform.Settings;

/**
 * Where ePUAP is, per environment: {@code EDUGMINA_EPUAP_ENV} = {@code simulator} (default: the
 * simulator deployed next to the application), {@code int} (ePUAP's integration environment) or
 * {@code prod}; each service URL can be overridden on its own. The system's signing key and the
 * trusted certificates are the service bus's WS-Security settings ({@code EDUGMINA_WSS_*}).
 */
@ApplicationScoped
public class EpuapSettings {

    public static final String INT_BASE = "https://ws-int.epuap.gov.pl/pk_external_ws/services";
    public static final String PROD_BASE = "https://ws.epuap.gov.pl/pk_external_ws/services";

    public String environment() {
        return Settings.value("edugmina.epuap.env", "EDUGMINA_EPUAP_ENV", "simulator").strip().toLowerCase();
    }

    public String base() {
        return switch (environment()) {
            case "int" -> INT_BASE;
            case "prod" -> PROD_BASE;
            case "simulator" -> Settings.value("edugmina.epuap.simulator-url", "EDUGMINA_EPUAP_SIMULATOR_URL", localServer() + "/epuap-sim");
            default -> throw new IllegalStateException("EDUGMINA_EPUAP_ENV must be simulator, int or prod, not " + environment());
        };
    }

    public String pullUrl() {
        return Settings.value("edugmina.epuap.pull-url", "EDUGMINA_EPUAP_PULL_URL", base() + "/pull");
    }

    public String skrytkaUrl() {
        return Settings.value("edugmina.epuap.skrytka-url", "EDUGMINA_EPUAP_SKRYTKA_URL", base() + "/skrytka");
    }

    public String doreczycielUrl() {
        return Settings.value("edugmina.epuap.doreczyciel-url", "EDUGMINA_EPUAP_DORECZYCIEL_URL", base() + "/doreczyciel");
    }

    public int connectTimeoutMs() {
        return Integer.parseInt(Settings.value("edugmina.epuap.connect-timeout-ms", "EDUGMINA_EPUAP_CONNECT_TIMEOUT_MS", "5000"));
    }

    public int receiveTimeoutMs() {
        return Integer.parseInt(Settings.value("edugmina.epuap.receive-timeout-ms", "EDUGMINA_EPUAP_RECEIVE_TIMEOUT_MS", "60000"));
    }

    /** Most documents fetched from one inbox in one poll, so one busy inbox does not starve the others. */
    public int batchSize() {
        return Integer.parseInt(Settings.value("edugmina.epuap.batch", "EDUGMINA_EPUAP_BATCH", "500"));
    }

    /** Threads parsing, verifying and registering fetched documents. */
    public int workers() {
        return Integer.parseInt(Settings.value("edugmina.epuap.workers", "EDUGMINA_EPUAP_WORKERS", "2"));
    }

    /** One polling interval for every inbox, overriding each inbox's own (0 = use the inbox's); for tests and benchmarks. */
    public int pollSecondsOverride() {
        return Integer.parseInt(Settings.value("edugmina.epuap.poll-seconds", "EDUGMINA_EPUAP_POLL_SECONDS", "0"));
    }

    /** How often the outbox relay looks for letters due to be sent. */
    public long relayPeriodMs() {
        return Long.parseLong(Settings.value("edugmina.epuap.relay-period-ms", "EDUGMINA_EPUAP_RELAY_PERIOD_MS", "2000"));
    }

    /** Whether inboxes are polled at all (off e.g. on a node that must not fetch). */
    public boolean pollingEnabled() {
        return Boolean.parseBoolean(Settings.value("edugmina.epuap.polling", "EDUGMINA_EPUAP_POLLING", "true"));
    }

    static String localServer() {
        int port = Integer.parseInt(System.getProperty("jboss.http.port", "8080"))
                + Integer.parseInt(System.getProperty("jboss.socket.binding.port-offset", "0"));
        return "http://localhost:" + port;
    }
}
