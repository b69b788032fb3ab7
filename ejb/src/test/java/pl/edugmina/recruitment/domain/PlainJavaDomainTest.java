package pl.edugmina.recruitment.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The recruitment domain is plain Java: no EJB, JPA, JSF, CDI or Camel, so it is tested and reused without a container. */
class PlainJavaDomainTest {

    @Test
    void importsNothingFromTheContainer() throws IOException {
        Path root = Path.of("src/main/java/pl/edugmina/recruitment/domain");
        assertThat(root).isDirectory();
        List<String> offending;
        try (Stream<Path> files = Files.walk(root)) {
            offending = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream()
                            .filter(l -> l.matches("import (static )?(jakarta|javax|org\\.hibernate|org\\.apache\\.camel|org\\.primefaces)\\..*"))
                            .map(l -> p.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(offending).isEmpty();
    }
}
