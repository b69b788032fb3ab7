package pl.edugmina.simulator.docs;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the committed development keystores are (wildfly-config/src/main/keystores). */
final class Keystores {

    static final String PASSWORD = "changeit";

    private Keystores() {
    }

    static Path dir() {
        String configured = System.getProperty("epuap.sim.keystores");
        Path d = configured != null ? Path.of(configured) : Path.of("../wildfly-config/src/main/keystores");
        if (!Files.isDirectory(d)) {
            throw new IllegalStateException("keystores directory not found: " + d.toAbsolutePath());
        }
        return d;
    }

    static Path signers() {
        return dir().resolve("epuap-sim-signers.p12");
    }

    static Path trustAnchors() {
        return dir().resolve("edugmina-trust-anchors.p12");
    }
}
