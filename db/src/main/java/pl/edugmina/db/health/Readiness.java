package pl.edugmina.db.health;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the application's parts report whether they are ready (platform: migrated and validated;
 * bus: Camel started). Lives in the EAR's library so that the health checks, which WildFly only
 * discovers in the EAR's top-level bean archive, can read what the EJB modules report.
 */
public final class Readiness {

    /** A part's state: up or down, with a short reason. */
    public record State(boolean up, String detail) {
    }

    private static final Map<String, State> STATES = new ConcurrentHashMap<>();

    private Readiness() {
    }

    public static void report(String part, boolean up, String detail) {
        STATES.put(part, new State(up, detail == null ? "" : detail));
    }

    public static State of(String part) {
        return STATES.getOrDefault(part, new State(false, "starting"));
    }
}
