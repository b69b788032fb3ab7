package pl.edugmina.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import pl.edugmina.common.ValidationException.Violation;

class UnitDataTest {

    /** Przedszkole nr 5 w Lublinie, RSPO 73440, as in demo/rspo-lublin.json. */
    static UnitData valid() {
        return new UnitData(73440, "Przedszkole nr 5 w Lublinie", "P 5", 1, true, "Gmina Lublin", null,
                "431551083", "9468283682", "Samsonowicza", "39", null, "20-761", "Lublin",
                "06", "0663", "0663011", "0950463", new BigDecimal("51.22983"), new BigDecimal("22.548784"),
                "81 469 27 54", "p5@edu.lublin.example", "https://p5.lublin.example", "/P5Lublin/SkrytkaESP",
                "Kamil Zawadzki", LocalDate.of(1955, 9, 1), null);
    }

    /** A copy of {@code d} with one component replaced. */
    static UnitData with(UnitData d, String component, Object value) {
        RecordComponent[] rc = UnitData.class.getRecordComponents();
        Object[] args = new Object[rc.length];
        boolean found = false;
        try {
            for (int i = 0; i < rc.length; i++) {
                if (rc[i].getName().equals(component)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = rc[i].getAccessor().invoke(d);
                }
            }
            if (!found) {
                throw new IllegalArgumentException("no component " + component);
            }
            Constructor<UnitData> c = UnitData.class.getDeclaredConstructor(
                    Arrays.stream(rc).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Violation> violationsWith(String component, Object value) {
        return with(valid(), component, value).validate();
    }

    private static void assertSingleViolation(String component, Object value, String field, String key) {
        assertThat(violationsWith(component, value))
                .as("%s = %s", component, value)
                .extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(field, key));
    }

    @Test
    void demoRecordIsValid() {
        assertThat(valid().validate()).isEmpty();
    }

    @Test
    void recordWithOnlyTheRequiredFieldsIsValid() {
        UnitData minimal = new UnitData(1, "Szkoła", null, 2, false, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(minimal.validate()).isEmpty();
    }

    @Test
    void emptyRecordReportsEveryRequiredField() {
        UnitData empty = new UnitData(null, null, null, null, false, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(empty.validate()).extracting(Violation::field, Violation::messageKey).containsExactly(
                tuple("rspoNumber", "unit.rspoNumber.invalid"),
                tuple("name", "validation.required"),
                tuple("typeId", "validation.required"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rspoNumberMustBePositive(int rspo) {
        assertSingleViolation("rspoNumber", rspo, "rspoNumber", "unit.rspoNumber.invalid");
    }

    @Test
    void rspoNumberIsRequired() {
        assertSingleViolation("rspoNumber", null, "rspoNumber", "unit.rspoNumber.invalid");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void nameIsRequired(String name) {
        assertSingleViolation("name", name, "name", "validation.required");
    }

    @Test
    void nameOfAtMost400Characters() {
        assertThat(violationsWith("name", "n".repeat(400))).isEmpty();
        assertThat(violationsWith("name", "  " + "n".repeat(400) + "  ")).as("length after trimming").isEmpty();
        assertThat(violationsWith("name", "n".repeat(401)))
                .containsExactly(new Violation("name", "validation.tooLong", 400));
    }

    @Test
    void shortNameOfAtMost60Characters() {
        assertThat(violationsWith("shortName", "s".repeat(60))).isEmpty();
        assertThat(violationsWith("shortName", "s".repeat(61)))
                .containsExactly(new Violation("shortName", "validation.tooLong", 60));
    }

    @Test
    void typeIsRequired() {
        assertSingleViolation("typeId", null, "typeId", "validation.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"431551084", "43155108", "4315510830", "abcdefghi", "43155108300000"})
    void regonWithWrongChecksumOrLength(String regon) {
        assertSingleViolation("regon", regon, "regon", "unit.regon.invalid");
    }

    @Test
    void regonIsNormalized() {
        UnitData d = with(valid(), "regon", " 431-551-083 ");

        assertThat(d.regon()).isEqualTo("431551083");
        assertThat(d.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9468283683", "946828368", "94682836820", "946828368X"})
    void nipWithWrongChecksumOrLength(String nip) {
        assertSingleViolation("nip", nip, "nip", "unit.nip.invalid");
    }

    @Test
    void nipIsNormalized() {
        UnitData d = with(valid(), "nip", "946-828-36-82");

        assertThat(d.nip()).isEqualTo("9468283682");
        assertThat(d.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20761", "20 761", "2-0761", "20-76", "AB-CDE", "20-7610"})
    void postalCodeMustBeNNdashNNN(String code) {
        assertSingleViolation("postalCode", code, "postalCode", "unit.postalCode.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"p5", "p5@", "@edu.lublin.pl", "p5@lublin", "p 5@edu.lublin.pl", "p5@@edu.lublin.pl"})
    void emailMustBeValid(String email) {
        assertSingleViolation("email", email, "email", "validation.email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "081 469 27 54", "abc"})
    void phoneMustBeValid(String phone) {
        assertSingleViolation("phone", phone, "phone", "validation.phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"p5.lublin.example", "ftp://p5.lublin.example", "javascript:alert(1)",
            "https://localhost", "http://user@p5.lublin.example", "data:text/html,x"})
    void websiteMustBeAnHttpOrHttpsUrl(String url) {
        assertSingleViolation("website", url, "website", "validation.website");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://p5.lublin.example", "HTTPS://p5.lublin.example/o-nas?x=1"})
    void httpAndHttpsWebsitesAreAccepted(String url) {
        assertThat(violationsWith("website", url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"P5Lublin/SkrytkaESP", "/P5Lublin", "/P5Lublin/", "//SkrytkaESP",
            "/P5 Lublin/SkrytkaESP", "/P5Lublin/Skrytka/ESP"})
    void epuapAddressMustBeSlashEntitySlashInbox(String address) {
        assertSingleViolation("epuapAddress", address, "epuapAddress", "unit.epuapAddress.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"07", "6", "00", "34"})
    void terytVoivodeship(String code) {
        assertSingleViolation("terytVoivodeship", code, "terytVoivodeship", "unit.teryt.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0600", "0763", "663", "06630"})
    void terytCounty(String code) {
        assertSingleViolation("terytCounty", code, "terytCounty", "unit.teryt.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0663010", "0663001", "066301", "0763011"})
    void terytCommune(String code) {
        assertSingleViolation("terytCommune", code, "terytCommune", "unit.teryt.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"095046", "09504630", "095046a"})
    void terytLocalitySimc(String code) {
        assertSingleViolation("terytLocality", code, "terytLocality", "unit.teryt.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"90.000001", "-90.000001", "91", "-1000"})
    void latitudeOutOfRange(String lat) {
        assertSingleViolation("latitude", new BigDecimal(lat), "latitude", "unit.geo.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"180.000001", "-180.000001", "360"})
    void longitudeOutOfRange(String lon) {
        assertSingleViolation("longitude", new BigDecimal(lon), "longitude", "unit.geo.invalid");
    }

    @Test
    void geoRangeBoundsAreInclusive() {
        UnitData d = with(with(valid(), "latitude", new BigDecimal("-90")), "longitude", new BigDecimal("180.000"));
        assertThat(d.validate()).isEmpty();
        d = with(with(valid(), "latitude", new BigDecimal("90")), "longitude", new BigDecimal("-180"));
        assertThat(d.validate()).isEmpty();
    }

    @Test
    void activeToBeforeActiveFrom() {
        assertSingleViolation("activeTo", LocalDate.of(1955, 8, 31), "activeTo", "unit.activeTo.beforeFrom");
    }

    @Test
    void activeToOnOrAfterActiveFromIsFine() {
        assertThat(violationsWith("activeTo", LocalDate.of(1955, 9, 1))).isEmpty();
        assertThat(violationsWith("activeTo", LocalDate.of(2024, 8, 31))).isEmpty();
        assertThat(with(with(valid(), "activeFrom", null), "activeTo", LocalDate.of(1900, 1, 1)).validate()).isEmpty();
    }

    @Test
    void everyBrokenFieldIsReported() {
        UnitData d = valid();
        d = with(d, "regon", "431551084");
        d = with(d, "nip", "9468283683");
        d = with(d, "email", "nope");
        d = with(d, "latitude", new BigDecimal("100"));

        assertThat(d.validate()).extracting(Violation::field)
                .containsExactly("regon", "nip", "email", "latitude");
    }

    @Test
    void blankStringsBecomeNull() {
        UnitData d = new UnitData(1, "  Szkoła  ", " ", 2, true, "\t", null, "  ", " ", "", " ", "  ", " ", " ",
                " ", " ", " ", " ", null, null, " ", " ", " ", " ", "\n", null, null);

        assertThat(d.name()).isEqualTo("Szkoła");
        assertThat(Arrays.asList(d.shortName(), d.runningBody(), d.regon(), d.nip(), d.street(), d.buildingNo(),
                d.flatNo(), d.postalCode(), d.locality(), d.terytVoivodeship(), d.terytCounty(), d.terytCommune(),
                d.terytLocality(), d.phone(), d.email(), d.website(), d.epuapAddress(), d.directorName()))
                .containsOnlyNulls();
        assertThat(d.validate()).as("blank optional fields are simply absent").isEmpty();
    }

    @Test
    void stringsAreStripped() {
        UnitData d = with(with(valid(), "email", "  p5@edu.lublin.example "), "postalCode", " 20-761 ");

        assertThat(d.email()).isEqualTo("p5@edu.lublin.example");
        assertThat(d.postalCode()).isEqualTo("20-761");
        assertThat(d.validate()).isEmpty();
    }
}
