package pl.edugmina.simulator.config;

import java.nio.file.Path;

/**
 * The simulator's configuration: a system property first, then an environment variable, then a
 * default under the server's configuration directory (where wildfly-config copies the development
 * keystores).
 */
public final class SimulatorSettings {

    private SimulatorSettings() {
    }

    /** Certificates whose WS-Security signatures the SOAP endpoints accept (the application's). */
    public static String wssTruststore() {
        return value("epuap.sim.wss.truststore", "EPUAP_SIM_WSS_TRUSTSTORE", configDir().resolve("edugmina-wss-trust.p12").toString());
    }

    public static String wssTruststorePassword() {
        return value("epuap.sim.wss.truststore-password", "EPUAP_SIM_WSS_TRUSTSTORE_PASSWORD", "changeit");
    }

    /** The test signers' keys (aliases {@code citizen}, {@code stranger}) for the generated e-forms. */
    public static String signersKeystore() {
        return value("epuap.sim.signers", "EPUAP_SIM_SIGNERS", configDir().resolve("epuap-sim-signers.p12").toString());
    }

    public static String signersPassword() {
        return value("epuap.sim.signers-password", "EPUAP_SIM_SIGNERS_PASSWORD", "changeit");
    }

    public static String value(String property, String env, String defaultValue) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? defaultValue : v.trim();
    }

    private static Path configDir() {
        return Path.of(System.getProperty("jboss.server.config.dir", "."));
    }
}
