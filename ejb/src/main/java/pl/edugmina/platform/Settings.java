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

    /** System property {@code property}, else environment variable {@code env}, else {@code fallback}. */
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
