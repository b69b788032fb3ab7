package pl.edugmina.registry.rspo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.edugmina.demo.DemoDataGenerator;
import pl.edugmina.demo.DemoDataGenerator.UnitType;
import pl.edugmina.registry.domain.validation.Email;
import pl.edugmina.registry.domain.validation.Phone;

/** The committed demo data set is readable by the parser and consistent. */
class DemoDataTest {

    private static String json;
    private static String csv;
    private static RspoParseResult result;
    private static Map<Integer, RspoRecord> byRspo;

    @BeforeAll
    static void load() throws IOException {
        json = read("/demo/" + DemoDataGenerator.RSPO_FILE);
        csv = read("/demo/" + DemoDataGenerator.STAFF_FILE);
        try (InputStream in = DemoDataTest.class.getResourceAsStream("/demo/" + DemoDataGenerator.RSPO_FILE)) {
            result = new RspoParser().parse(in);
        }
        byRspo = result.records().stream().collect(Collectors.toMap(RspoRecord::rspoNumber, Function.identity()));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = DemoDataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), UTF_8).replace("\r\n", "\n");
        }
    }

    @Test
    void committedFilesAreWhatTheGeneratorProduces() {
        DemoDataGenerator.DemoData fresh = DemoDataGenerator.generate();
        assertThat(json).as("rerun DemoDataGenerator and commit its output").isEqualTo(fresh.rspoJson());
        assertThat(csv).as("rerun DemoDataGenerator and commit its output").isEqualTo(fresh.staffCsv());
    }

    @Test
    void parsesWithoutErrors() {
        assertThat(result.fileErrorOrNull()).isNull();
        assertThat(result.errors()).isEmpty();
        assertThat(result.records()).hasSizeGreaterThanOrEqualTo(140);
        assertThat(result.totalItemsOrNull()).isEqualTo(result.records().size());
        assertThat(result.nextPageOrNull()).isNull();
    }

    @Test
    void everyTypeIsPresentWithTheDictionaryName() {
        Map<Integer, Long> countByType = result.records().stream()
                .collect(Collectors.groupingBy(RspoRecord::typeId, Collectors.counting()));
        for (UnitType type : UnitType.values()) {
            assertThat(countByType).as(type.rspoName).containsKey(type.id);
        }
        assertThat(countByType.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(UnitType.values()).map(t -> t.id).toList());
        assertThat(countByType.get(UnitType.PRZEDSZKOLE.id)).isBetween(55L, 65L);
        assertThat(countByType.get(UnitType.SZKOLA_PODSTAWOWA.id)).isBetween(45L, 55L);
        assertThat(countByType.get(UnitType.ZESPOL.id)).isEqualTo(6);
        for (RspoRecord r : result.records()) {
            UnitType type = Arrays.stream(UnitType.values()).filter(t -> t.id == r.typeId()).findFirst().orElseThrow();
            assertThat(r.typeName()).isEqualTo(type.rspoName);
        }
    }

    @Test
    void aboutTenUnitsAreNonPublicAndTheRestRunByTheCity() {
        List<RspoRecord> nonPublic = result.records().stream().filter(r -> !r.publicUnit()).toList();
        assertThat(nonPublic).hasSizeBetween(8, 12);
        assertThat(nonPublic).allSatisfy(r ->
                assertThat(r.runningBody()).matches("(Fundacja|Stowarzyszenie) .+"));
        assertThat(result.records()).filteredOn(RspoRecord::publicUnit)
                .allSatisfy(r -> assertThat(r.runningBody()).isEqualTo("Gmina Lublin"));
    }

    @Test
    void parentsAreZespolySzkolInTheSameFile() {
        List<RspoRecord> children = result.records().stream().filter(r -> r.parentRspoNumber() != null).toList();
        assertThat(children).hasSizeGreaterThanOrEqualTo(6);
        assertThat(children).allSatisfy(child -> {
            RspoRecord parent = byRspo.get(child.parentRspoNumber());
            assertThat(parent).isNotNull();
            assertThat(parent.typeId()).isEqualTo(UnitType.ZESPOL.id);
            assertThat(child.regon()).hasSize(14).startsWith(parent.regon());
        });
        assertThat(children).extracting(RspoRecord::typeId).contains(UnitType.LICEUM.id, UnitType.TECHNIKUM.id,
                UnitType.BRANZOWA_I.id);
    }

    @Test
    void locationAndContactDataLookRealistic() {
        assertThat(result.records()).allSatisfy(r -> {
            assertThat(r.latitude()).isBetween(51.19, 51.28);
            assertThat(r.longitude()).isBetween(22.47, 22.64);
            assertThat(r.postalCode()).startsWith("20-");
            assertThat(r.locality()).isEqualTo("Lublin");
            assertThat(r.communeTeryt()).isEqualTo("0663011");
            assertThat(r.localityTeryt()).isEqualTo("0950463");
            assertThat(r.email()).endsWith(".lublin.example");
            assertThat(r.website()).startsWith("https://").endsWith(".lublin.example");
            assertThat(r.phone()).startsWith("+4881");
            assertThat(r.directorName()).isNotBlank();
            assertThat(r.regon()).isNotNull();
            assertThat(r.shortName()).isNotBlank();
            assertThat(r.activeFrom()).isNotNull();
        });
        long withEpuap = result.records().stream().filter(r -> r.epuapAddress() != null).count();
        assertThat(withEpuap).isBetween(result.records().size() / 3L, result.records().size() * 2L / 3);
        assertThat(byRspo.values()).extracting(RspoRecord::name)
                .contains("Szkoła Podstawowa nr 23 im. Marii Konopnickiej w Lublinie", "Przedszkole nr 12 w Lublinie",
                        "III Liceum Ogólnokształcące im. Unii Lubelskiej w Lublinie");
        assertThat(new HashSet<>(result.records().stream().map(RspoRecord::regon).toList()))
                .hasSize(result.records().size());
    }

    @Test
    void staffFileIsConsistentWithTheUnits() {
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("rspo;imie;nazwisko;stanowisko;email;telefon");
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(";", -1)).toList();
        assertThat(rows).allSatisfy(row -> {
            assertThat(row).hasSize(6);
            assertThat(row[1]).isNotBlank();
            assertThat(row[2]).isNotBlank();
            assertThat(row[3]).isNotBlank();
            assertThat(Email.isValid(row[4])).as(row[4]).isTrue();
            assertThat(row[4]).endsWith("lublin.example");
            assertThat(Phone.isValid(row[5])).as(row[5]).isTrue();
            if (!row[0].isEmpty()) {
                assertThat(byRspo).containsKey(Integer.valueOf(row[0]));
            }
        });
        Set<String> emails = new HashSet<>();
        assertThat(rows).allSatisfy(row -> assertThat(emails.add(row[4])).as("unique " + row[4]).isTrue());

        List<String[]> department = rows.stream().filter(r -> r[0].isEmpty()).toList();
        assertThat(department).hasSizeBetween(20, 30);
        assertThat(department).extracting(r -> r[3]).contains("Dyrektor Wydziału Oświaty")
                .anySatisfy(p -> assertThat(p).startsWith("Kierownik – Referat "))
                .anySatisfy(p -> assertThat(p).isEqualTo("Referent – Referat Kadr i Organizacji"));

        Map<String, Long> perUnit = rows.stream().filter(r -> !r[0].isEmpty())
                .collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
        assertThat(perUnit.keySet()).hasSize(result.records().size());
        double average = perUnit.values().stream().mapToLong(Long::longValue).average().orElse(0);
        assertThat(average).isBetween(4.0, 6.0);

        // the director in the staff file is the one named in RSPO
        rows.stream().filter(r -> r[3].equals("Dyrektor")).forEach(r ->
                assertThat(byRspo.get(Integer.valueOf(r[0])).directorName()).isEqualTo(r[1] + " " + r[2]));
        assertThat(rows.stream().filter(r -> r[3].equals("Dyrektor")).count())
                .isEqualTo(result.records().stream().filter(r -> r.parentRspoNumber() == null).count());
    }
}
