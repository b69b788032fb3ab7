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
