package pl.edugmina.it.support;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The tests run WildFly from a private copy of the configured server (${jboss.home}) under
 * ${edugmina.it.workdir}/wildfly: a rebuild of wildfly-config while the tests run (which deletes and
 * re-creates its target/wildfly) cannot pull modules away from under the running server, and the
 * tests leave no data, logs or deployments in the configured server. Read-only parts (modules, bin,
 * jboss-modules.jar) are hard links, so the copy costs well under a second; standalone/configuration
 * is copied, standalone/data, log, tmp and deployments start empty.
 */
final class PrivateServer {

    static final String PROPERTY = "edugmina.it.jboss.home";
    private static final Set<String> FRESH = Set.of("data", "log", "tmp", "deployments");

    private PrivateServer() {
    }

    static Path prepare(Path source, Path target) throws IOException {
        awaitConfigured(source);
        deleteRecursively(target);
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path rel = source.relativize(dir);
                if (rel.getNameCount() == 2 && rel.getName(0).toString().equals("standalone")
                        && FRESH.contains(rel.getName(1).toString())) {
                    Files.createDirectories(target.resolve(rel.toString()));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(rel.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path rel = source.relativize(file);
                Path to = target.resolve(rel.toString());
                boolean writable = rel.getName(0).toString().equals("standalone");
                if (writable) {
                    Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
                } else {
                    try {
                        Files.createLink(to, file);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return target;
    }

    /** Waits (at most 3 minutes) while the configured server is being (re)built. */
    private static void awaitConfigured(Path home) throws IOException {
        Path config = home.resolve("standalone/configuration/standalone-edugmina.xml");
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            if (Files.isReadable(config) && Files.readString(config).contains("EduGminaDS")
                    && Files.isRegularFile(home.resolve("jboss-modules.jar"))) {
                Server.sleep(2000); // a rebuild in progress would show up as a change within this time
                if (Files.isReadable(config) && Files.readString(config).contains("EduGminaDS")) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no configured WildFly at " + home + " (build wildfly-config first)");
            }
            Server.sleep(2000);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
