package pl.edugmina.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens' texts: the default bundle is the Polish one, English has every Polish key, no key is written twice
 * (the later one would silently replace the first: a field's label once replaced its validation message) and no
 * value with parameters has a single apostrophe (MessageFormat would swallow it and what follows; '' is one).
 */
class MessageBundlesTest {

    static final Path DIR = Path.of("src/main/resources/pl/edugmina/web");

    static List<String> keys(String file) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#") && l.contains("=")) {
                keys.add(l.substring(0, l.indexOf('=')).strip());
            }
        }
        return keys;
    }

    static Set<String> duplicates(List<String> keys) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String k : keys) {
            if (!seen.add(k)) {
                twice.add(k);
            }
        }
        return twice;
    }

    @Test
    void theDefaultBundleIsThePolishOne() throws IOException {
        assertThat(Files.readString(DIR.resolve("messages.properties"))).isEqualTo(Files.readString(DIR.resolve("messages_pl.properties")));
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        assertThat(duplicates(keys("messages_pl.properties"))).isEmpty();
        assertThat(duplicates(keys("messages_en.properties"))).isEmpty();
    }

    @Test
    void englishHasEveryPolishKeyAndNoOther() throws IOException {
        assertThat(new TreeSet<>(keys("messages_en.properties"))).isEqualTo(new TreeSet<>(keys("messages_pl.properties")));
    }

    @Test
    void noValueWithParametersHasAnApostrophe() throws IOException {
        for (String file : List.of("messages_pl.properties", "messages_en.properties")) {
            assertThat(Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)).as(file)
                    .filteredOn(l -> !l.startsWith("#") && l.contains("=") && l.substring(l.indexOf('=')).contains("{")
                            && l.substring(l.indexOf('=')).replace("''", "").contains("'")).isEmpty();
        }
    }
}
