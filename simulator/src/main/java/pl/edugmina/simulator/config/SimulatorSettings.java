package pl.edugmina.simulator.config;

import java.nio.file.Path;
import java.util.Optional;

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

    /**
     * The simulator's address as the citizen's browser reaches it ({@code scheme://host[:port]}, no path),
     * for the Profil Zaufany signing-page URLs; empty: taken from the incoming request.
     */
    public static Optional<String> publicUrl() {
        return Optional.ofNullable(value("epuap.sim.public-url", "EPUAP_SIM_PUBLIC_URL", null));
    }

    /**
     * The test signers' keys (aliases {@code citizen}, {@code stranger}; {@code profil-zaufany} for the
     * Profil Zaufany simulator) for the generated e-forms.
     */
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
