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

    /**
     * Port of the development SMTP sink ({@code epuap.sim.smtp-port} / {@code EPUAP_SIM_SMTP_PORT}); default 2525 plus
     * the server's port offset (the run command's {@code EDUGMINA_PORT_OFFSET}); {@code off}: no sink.
     */
    public static Optional<Integer> smtpPort() {
        String v = value("epuap.sim.smtp-port", "EPUAP_SIM_SMTP_PORT", null);
        if (v == null) {
            return Optional.of(2525 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
        }
        if (v.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(v);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("EPUAP_SIM_SMTP_PORT: not a port: " + v);
            }
            return Optional.of(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("EPUAP_SIM_SMTP_PORT: not a port: " + v, e);
        }
    }

    /** Address the SMTP sink listens on ({@code epuap.sim.smtp-host} / {@code EPUAP_SIM_SMTP_HOST}); default loopback only. */
    public static String smtpHost() {
        return value("epuap.sim.smtp-host", "EPUAP_SIM_SMTP_HOST", "127.0.0.1");
    }

    /** Largest message the SMTP sink accepts, in bytes ({@code EPUAP_SIM_SMTP_MAX_BYTES}; default 10 MiB). */
    public static int smtpMaxMessageBytes() {
        return intValue("epuap.sim.smtp-max-bytes", "EPUAP_SIM_SMTP_MAX_BYTES", 10 * 1024 * 1024);
    }

    /** Messages the SMTP sink keeps in memory, newest first ({@code EPUAP_SIM_SMTP_KEEP}; default 500, and at most 64 MiB). */
    public static int smtpKeep() {
        return intValue("epuap.sim.smtp-keep", "EPUAP_SIM_SMTP_KEEP", 500);
    }

    private static int intValue(String property, String env, int defaultValue) {
        try {
            return Integer.parseInt(value(property, env, String.valueOf(defaultValue)));
        } catch (NumberFormatException e) {
            return defaultValue;
        }
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
