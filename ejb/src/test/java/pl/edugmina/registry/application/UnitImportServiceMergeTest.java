package pl.edugmina.registry.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import pl.edugmina.registry.domain.UnitData;
import pl.edugmina.registry.rspo.RspoRecord;

/** The pure helpers of {@link UnitImportService}: {@code merge} and {@code changedFields}. */
class UnitImportServiceMergeTest {

    /** Przedszkole nr 5 w Lublinie as stored in the registry, with a phone and flat number edited locally. */
    private static UnitData current() {
        return new UnitData(73440, "Przedszkole nr 5 w Lublinie", "P 5", 1, true, "Gmina Lublin", null,
                "431551083", "9468283682", "Samsonowicza", "39", "2", "20-761", "Lublin",
                "06", "0663", "0663011", "0950463", new BigDecimal("51.22983"), new BigDecimal("22.548784"),
                "+48814692754", "p5@edu.lublin.example", "https://p5.lublin.example", "/P5Lublin/SkrytkaESP",
                "Kamil Zawadzki", LocalDate.of(1955, 9, 1), null);
    }

    /** The same unit as read from RSPO (every field present). */
    private static RspoRecord fullRecord() {
        return new RspoRecord(73440, "Przedszkole nr 5 w Lublinie", "P 5", 1, "Przedszkole", true, "Gmina Lublin", null,
                "431551083", "9468283682", "Samsonowicza", "39", "2", "20-761", "Lublin",
                "06", "0663", "0663011", "0950463", 51.22983, 22.548784,
                "+48814692754", "p5@edu.lublin.example", "https://p5.lublin.example", "/P5Lublin/SkrytkaESP",
                "Kamil Zawadzki", LocalDate.of(1955, 9, 1), null);
    }

    /** Only the mandatory values: every optional one is missing from the file. */
    private static RspoRecord sparseRecord(int rspo, String name, int type) {
        return new RspoRecord(rspo, name, null, type, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void identicalRecordChangesNothing() {
        UnitData merged = UnitImportService.merge(current(), fullRecord());

        assertThat(UnitImportService.changedFields(current(), merged)).isEmpty();
    }

    @Test
    void valuesMissingFromTheFileKeepTheCurrentOnes() {
        UnitData cur = current();

        UnitData merged = UnitImportService.merge(cur, sparseRecord(73440, "Przedszkole nr 5 w Lublinie", 1));

        assertThat(merged).isEqualTo(cur);
        assertThat(UnitImportService.changedFields(cur, merged)).isEmpty();
    }

    @Test
    void missingPublicStatusKeepsTheCurrentOne() {
        UnitData nonPublic = new UnitData(5, "Niepubliczne Przedszkole", null, 1, false, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        UnitData merged = UnitImportService.merge(nonPublic, sparseRecord(5, "Niepubliczne Przedszkole", 1));

        assertThat(merged.publicUnit()).isFalse();
    }

    @Test
    void valuesPresentInTheFileReplaceTheCurrentOnes() {
        RspoRecord r = new RspoRecord(73440, "Przedszkole Miejskie nr 5", "PM 5", 1, "Przedszkole", false, "Miasto Lublin", 12345,
                null, null, "Nowa", "1A", null, "20-001", null,
                null, null, null, null, 51.3, null,
                "+48811112233", null, null, null,
                "Anna Nowak", null, LocalDate.of(2025, 8, 31));

        UnitData merged = UnitImportService.merge(current(), r);

        assertThat(merged.name()).isEqualTo("Przedszkole Miejskie nr 5");
        assertThat(merged.shortName()).isEqualTo("PM 5");
        assertThat(merged.publicUnit()).isFalse();
        assertThat(merged.runningBody()).isEqualTo("Miasto Lublin");
        assertThat(merged.parentRspoNumber()).isEqualTo(12345);
        assertThat(merged.street()).isEqualTo("Nowa");
        assertThat(merged.buildingNo()).isEqualTo("1A");
        assertThat(merged.postalCode()).isEqualTo("20-001");
        assertThat(merged.latitude()).isEqualByComparingTo("51.3");
        assertThat(merged.phone()).isEqualTo("+48811112233");
        assertThat(merged.directorName()).isEqualTo("Anna Nowak");
        assertThat(merged.activeTo()).isEqualTo(LocalDate.of(2025, 8, 31));
        // missing from this record, so kept
        assertThat(merged.regon()).isEqualTo("431551083");
        assertThat(merged.flatNo()).isEqualTo("2");
        assertThat(merged.locality()).isEqualTo("Lublin");
        assertThat(merged.longitude()).isEqualByComparingTo("22.548784");
        assertThat(merged.email()).isEqualTo("p5@edu.lublin.example");
        assertThat(merged.activeFrom()).isEqualTo(LocalDate.of(1955, 9, 1));

        assertThat(UnitImportService.changedFields(current(), merged)).containsExactly(
                "name", "shortName", "publicUnit", "runningBody", "parentRspoNumber", "street", "buildingNo",
                "postalCode", "latitude", "phone", "directorName", "activeTo");
    }

    @Test
    void coordinatesAreScaledToSixDecimals() {
        RspoRecord r = new RspoRecord(1, "X", null, 1, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, 51.25, 22.1234567, null, null, null, null, null, null, null);

        UnitData merged = UnitImportService.merge(null, r);

        assertThat(merged.latitude()).isEqualTo(new BigDecimal("51.250000"));
        assertThat(merged.longitude()).isEqualTo(new BigDecimal("22.123457"));
    }

    @Test
    void bigDecimalsThatDifferOnlyInScaleAreUnchanged() {
        UnitData a = new UnitData(1, "X", null, 1, true, null, null, null, null, null, null, null, null, null, null,
                null, null, null, new BigDecimal("51.25"), new BigDecimal("22.5"), null, null, null, null, null, null, null);
        UnitData b = new UnitData(1, "X", null, 1, true, null, null, null, null, null, null, null, null, null, null,
                null, null, null, new BigDecimal("51.250000"), new BigDecimal("22.500000"), null, null, null, null, null, null, null);

        assertThat(UnitImportService.changedFields(a, b)).isEmpty();
    }

    @Test
    void recordCoordinateEqualToTheStoredOneIsUnchanged() {
        UnitData cur = new UnitData(1, "X", null, 1, true, null, null, null, null, null, null, null, null, null, null,
                null, null, null, new BigDecimal("51.25"), null, null, null, null, null, null, null, null);
        RspoRecord r = new RspoRecord(1, "X", null, 1, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, 51.25, null, null, null, null, null, null, null, null);

        UnitData merged = UnitImportService.merge(cur, r);

        assertThat(merged.latitude()).isEqualTo(new BigDecimal("51.250000"));
        assertThat(UnitImportService.changedFields(cur, merged)).isEmpty();
    }

    @Test
    void differentCoordinateOrNullVersusValueIsAChange() {
        UnitData a = new UnitData(1, "X", null, 1, true, null, null, null, null, null, null, null, null, null, null,
                null, null, null, new BigDecimal("51.25"), null, null, null, null, null, null, null, null);
        UnitData b = new UnitData(1, "X", null, 1, true, null, null, null, null, null, null, null, null, null, null,
                null, null, null, new BigDecimal("51.250001"), new BigDecimal("22.5"), null, null, null, null, null, null, null);

        assertThat(UnitImportService.changedFields(a, b)).containsExactly("latitude", "longitude");
    }

    @Test
    void newUnitTakesTheRecordsValues() {
        UnitData merged = UnitImportService.merge(null, fullRecord());

        assertThat(merged.rspoNumber()).isEqualTo(73440);
        assertThat(merged.name()).isEqualTo("Przedszkole nr 5 w Lublinie");
        assertThat(merged.typeId()).isEqualTo(1);
        assertThat(merged.publicUnit()).isTrue();
        assertThat(merged.regon()).isEqualTo("431551083");
        assertThat(merged.terytCommune()).isEqualTo("0663011");
        assertThat(merged.terytLocality()).isEqualTo("0950463");
        assertThat(merged.latitude()).isEqualTo(new BigDecimal("51.229830"));
        assertThat(merged.epuapAddress()).isEqualTo("/P5Lublin/SkrytkaESP");
        assertThat(merged.activeFrom()).isEqualTo(LocalDate.of(1955, 9, 1));
        assertThat(UnitImportService.changedFields(current(), merged)).isEmpty();
        assertThat(merged.validate()).isEmpty();
    }

    @Test
    void newUnitWithASparseRecordHasNullsAndDefaultsToPublic() {
        UnitData merged = UnitImportService.merge(null, sparseRecord(99, "Szkoła Podstawowa nr 99", 2));

        assertThat(merged.rspoNumber()).isEqualTo(99);
        assertThat(merged.name()).isEqualTo("Szkoła Podstawowa nr 99");
        assertThat(merged.typeId()).isEqualTo(2);
        assertThat(merged.publicUnit()).isTrue();
        assertThat(merged.shortName()).isNull();
        assertThat(merged.parentRspoNumber()).isNull();
        assertThat(merged.latitude()).isNull();
        assertThat(merged.activeFrom()).isNull();
        assertThat(merged.validate()).isEmpty();
    }

    @Test
    void changedFieldsFollowTheRecordComponentOrder() {
        UnitData cur = current();
        RspoRecord r = new RspoRecord(73440, "Przedszkole nr 5 w Lublinie", null, 3, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, "sekretariat@p5.lublin.example", null, null, null, null, null);

        assertThat(UnitImportService.changedFields(cur, UnitImportService.merge(cur, r)))
                .containsExactly("typeId", "email");
    }
}
