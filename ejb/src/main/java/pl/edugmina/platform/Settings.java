package pl.edugmina.platform;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Operational settings, read from system properties ({@code edugmina.*}) or the environment
 * ({@code EDUGMINA_*}), with defaults. Documented in docs/operations.md.
 */
@ApplicationScoped
public class Settings {

    public int loginMaxAttempts() {
        return intValue("edugmina.login.max-attempts", "EDUGMINA_LOGIN_MAX_ATTEMPTS", 5);
    }

    public int loginLockMinutes() {
        return intValue("edugmina.login.lock-minutes", "EDUGMINA_LOGIN_LOCK_MINUTES", 15);
    }

    /** Load the demo city into an empty database at start-up. */
    public boolean demoData() {
        return Boolean.parseBoolean(value("edugmina.demo-data", "EDUGMINA_DEMO_DATA", "false"));
    }

    /** Initial administrator password when the database has no accounts (production first start). */
    public String initialAdminPassword() {
        return value("edugmina.admin.initial-password", "EDUGMINA_ADMIN_PASSWORD", null);
    }

    public long importMaxBytes() {
        return intValue("edugmina.import.max-bytes", "EDUGMINA_IMPORT_MAX_BYTES", 20 * 1024 * 1024);
    }

    /**
     * This application's address as users' browsers reach it, without a trailing slash, for links in
     * e-mails ({@code EDUGMINA_PUBLIC_URL}); unset: {@code http://localhost:<HTTP port + port offset>},
     * right for development only.
     */
    public static String publicUrl() {
        String v = value("edugmina.public-url", "EDUGMINA_PUBLIC_URL", "");
        if (!v.isBlank()) {
            return v.replaceAll("/+$", "");
        }
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + port;
    }

    /** Whether {@code EDUGMINA_PUBLIC_URL} is set (links in e-mails are right for other machines too). */
    public static boolean publicUrlConfigured() {
        return !value("edugmina.public-url", "EDUGMINA_PUBLIC_URL", "").isBlank();
    }

    /**
     * Deliveries of one e-mail before it is given up (FAILED, message in the dead-letter queue). The
     * server's address-setting of the queue {@code edugmina.mail} reads the same value at boot
     * (30-messaging.cli): both must agree.
     */
    public static int mailMaxAttempts() {
        return Math.max(1, intValue("edugmina.mail.max-attempts", "EDUGMINA_MAIL_MAX_ATTEMPTS", 8));
    }

    /** The default minimum hourly rate of an umowa zlecenie when the department set none for the year. */
    public static final String DEFAULT_MIN_HOURLY_ZLECENIE = "31.40";

    /**
     * The city's minimum hourly rate for an umowa zlecenie, used for every year the department did not set its own
     * ({@code EDUGMINA_CONTRACT_MIN_HOURLY_ZLECENIE}, PLN with a dot or a comma; default 31.40). An unreadable value
     * falls back to the default (and is logged).
     */
    public static java.math.BigDecimal contractMinHourlyZlecenie() {
        String v = value("edugmina.contracts.min-hourly-zlecenie", "EDUGMINA_CONTRACT_MIN_HOURLY_ZLECENIE", DEFAULT_MIN_HOURLY_ZLECENIE);
        java.util.Optional<java.math.BigDecimal> parsed = pl.edugmina.common.Money.parse(v).filter(a -> a.signum() > 0);
        if (parsed.isEmpty()) {
            java.util.logging.Logger.getLogger(Settings.class.getName()).warning(
                    "EDU-PLT-020 EDUGMINA_CONTRACT_MIN_HOURLY_ZLECENIE is not an amount: '" + v + "'; using " + DEFAULT_MIN_HOURLY_ZLECENIE);
            return new java.math.BigDecimal(DEFAULT_MIN_HOURLY_ZLECENIE);
        }
        return parsed.get();
    }

    /** System property {@code property}, else environment variable {@code env}, else {@code fallback}. */
    /**
     * Whether the administrator may generate synthetic recruitment campaigns ({@code POST
     * /api/admin/recruitment/generated-campaigns}, for benchmarks and demonstrations). Off by default: with it off the
     * endpoint answers 404. Never on in production (the campaigns it writes are indistinguishable from real ones).
     */
    public static boolean recruitmentGeneratorEnabled() {
        return Boolean.parseBoolean(value("edugmina.recruitment.generator", "EDUGMINA_RECRUITMENT_GENERATOR", "false"));
    }

    /**
     * How recruitment rows are written in bulk: {@code copy} (PostgreSQL COPY when the driver offers it, the default)
     * or {@code batch} (multi-row batched inserts); read for each run (ADR 0011).
     */
    public static String recruitmentBulkWrite() {
        return value("edugmina.recruitment.bulk-write", "EDUGMINA_RECRUITMENT_BULK_WRITE", "copy");
    }

    public static String value(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    static int intValue(String property, String env, int fallback) {
        try {
            return Integer.parseInt(value(property, env, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
