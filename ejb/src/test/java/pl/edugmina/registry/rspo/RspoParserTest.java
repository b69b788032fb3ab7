package pl.edugmina.registry.rspo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RspoParserTest {

    private final RspoParser parser = new RspoParser();

    static InputStream resource(String name) {
        InputStream in = RspoParserTest.class.getResourceAsStream("/rspo/" + name);
        assertThat(in).as("test resource %s", name).isNotNull();
        return in;
    }

    static RspoParseResult parseResource(RspoParser parser, String name) {
        try (InputStream in = resource(name)) {
            return parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RspoParseResult parse(String json) {
        return parser.parse(new ByteArrayInputStream(json.getBytes(UTF_8)));
    }

    /** A page with the given members (JSON object texts). */
    private static String page(String... members) {
        return "{\"hydra:member\":[" + String.join(",", members) + "],\"hydra:totalItems\":" + members.length + "}";
    }

    private static String minimal(int rspo, String extraFields) {
        return "{\"numerRspo\":" + rspo + ",\"nazwa\":\"Przedszkole nr " + rspo + " w Lublinie\",\"typ\":{\"id\":1}"
                + (extraFields.isEmpty() ? "" : "," + extraFields) + "}";
    }

    private RspoRecordError singleError(String extraFields) {
        RspoParseResult result = parse(page(minimal(10001, extraFields)));
        assertThat(result.fileErrorOrNull()).isNull();
        assertThat(result.records()).isEmpty();
        assertThat(result.errors()).hasSize(1);
        return result.errors().get(0);
    }

    private RspoRecord singleRecord(String extraFields) {
        RspoParseResult result = parse(page(minimal(10001, extraFields)));
        assertThat(result.errors()).isEmpty();
        assertThat(result.records()).hasSize(1);
        return result.records().get(0);
    }

    @Nested
    class AcceptedShapes {

        @Test
        void readsHydraPage() {
            RspoParseResult result = parseResource(parser, "valid-page.json");

            assertThat(result.fileErrorOrNull()).isNull();
            assertThat(result.hasFileError()).isFalse();
            assertThat(result.errors()).isEmpty();
            assertThat(result.records()).extracting(RspoRecord::rspoNumber).containsExactly(20539, 31201, 40011);
            assertThat(result.totalItemsOrNull()).isEqualTo(7);
            assertThat(result.nextPageOrNull()).isEqualTo("/api/placowki?page=2");
        }

        @Test
        void mapsAllFieldsOfAFullRecord() {
            RspoRecord sp23 = parseResource(parser, "valid-page.json").records().get(0);

            assertThat(sp23).isEqualTo(new RspoRecord(20539,
                    "Szkoła Podstawowa nr 23 im. Marii Konopnickiej w Lublinie", "SP 23",
                    2, "Szkoła podstawowa", true, "Gmina Lublin", null,
                    "123456785", "1234563218",
                    "Krochmalna", "13", null, "20-401", "Lublin",
                    "06", "0663", "0663011", "0950463",
                    51.2325, 22.5786,
                    "+48814661234", "sp23@edu.lublin.example", "https://sp23.lublin.example",
                    "/SP23Lublin/SkrytkaESP", "Anna Kowalczyk",
                    LocalDate.of(1957, 9, 1), null));
        }

        @Test
        void usesCorrespondenceAddressAndAlternativeFieldForms() {
            RspoRecord lo = parseResource(parser, "valid-page.json").records().get(1);

            assertThat(lo.rspoNumber()).isEqualTo(31201);
            assertThat(lo.shortName()).isNull();
            assertThat(lo.publicUnit()).isTrue();
            assertThat(lo.runningBody()).isEqualTo("Gmina Lublin");
            assertThat(lo.parentRspoNumber()).isEqualTo(40011);
            assertThat(lo.regon()).isEqualTo("12345678512347");
            assertThat(lo.nip()).isEqualTo("9462575811");
            assertThat(lo.street()).isEqualTo("Plac Wolności");
            assertThat(lo.buildingNo()).isEqualTo("3");
            assertThat(lo.flatNo()).isEqualTo("2a");
            assertThat(lo.postalCode()).isEqualTo("20-915");
            assertThat(lo.locality()).isEqualTo("Lublin");
            assertThat(lo.phone()).isEqualTo("+48815322901");
            assertThat(lo.email()).isEqualTo("III.LO@lublin.example");
            assertThat(lo.website()).isEqualTo("http://www.lo3.lublin.example");
            assertThat(lo.directorName()).isEqualTo("Nowak");
            assertThat(lo.activeFrom()).isEqualTo(LocalDate.of(1918, 10, 1));
            assertThat(lo.latitude()).isNull();
        }

        @Test
        void recordWithOnlyRequiredFieldsHasAllOptionalFieldsNull() {
            RspoRecord zs = parseResource(parser, "valid-page.json").records().get(2);
            assertThat(zs.publicUnit()).isFalse();
            assertThat(zs.parentRspoNumber()).isEqualTo(40010);

            RspoRecord bare = singleRecord("");
            assertThat(bare).isEqualTo(new RspoRecord(10001, "Przedszkole nr 10001 w Lublinie", null, 1, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null));
        }

        @Test
        void readsPlainArrayOfRecords() {
            RspoParseResult result = parseResource(parser, "plain-array.json");

            assertThat(result.fileErrorOrNull()).isNull();
            assertThat(result.errors()).isEmpty();
            assertThat(result.records()).extracting(RspoRecord::rspoNumber).containsExactly(11001, 11002);
            assertThat(result.records().get(0).street()).isEqualTo("Zana");
            assertThat(result.totalItemsOrNull()).isNull();
            assertThat(result.nextPageOrNull()).isNull();
        }

        @Test
        void readsArrayOfPagesTakingMetadataFromTheLastPage() {
            RspoParseResult result = parseResource(parser, "pages-array.json");

            assertThat(result.fileErrorOrNull()).isNull();
            assertThat(result.errors()).isEmpty();
            assertThat(result.records()).extracting(RspoRecord::rspoNumber).containsExactly(11001, 11002, 11003, 11004);
            assertThat(result.totalItemsOrNull()).isEqualTo(5);
            assertThat(result.nextPageOrNull()).isEqualTo("/api/placowki?page=3");
        }

        @Test
        void duplicatesAreDetectedAcrossPages() {
            RspoParseResult result = parse("[" + page(minimal(5, "")) + "," + page(minimal(5, "")) + "]");
            assertThat(result.records()).hasSize(1);
            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.position()).isEqualTo(2);
                assertThat(e.reasonPl()).isEqualTo("Numer RSPO 5 występuje w pliku więcej niż raz");
            });
        }

        @Test
        void acceptsUnprefixedHydraKeys() {
            RspoParseResult result = parse("{\"member\":[" + minimal(7, "") + "],\"totalItems\":1,"
                    + "\"view\":{\"next\":\"/api/placowki?page=2\"}}");
            assertThat(result.records()).hasSize(1);
            assertThat(result.totalItemsOrNull()).isEqualTo(1);
            assertThat(result.nextPageOrNull()).isEqualTo("/api/placowki?page=2");
        }

        @Test
        void acceptsEmptyPageAndEmptyArray() {
            assertThat(parse("{\"hydra:member\":[],\"hydra:totalItems\":0}").records()).isEmpty();
            RspoParseResult empty = parse("[]");
            assertThat(empty.fileErrorOrNull()).isNull();
            assertThat(empty.records()).isEmpty();
        }

        @Test
        void skipsUtf8ByteOrderMark() {
            byte[] json = page(minimal(8, "")).getBytes(UTF_8);
            byte[] withBom = new byte[json.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(json, 0, withBom, 3, json.length);
            assertThat(parser.parse(new ByteArrayInputStream(withBom)).records()).hasSize(1);
        }

        @Test
        void doesNotCloseTheCallersStream() {
            AtomicBoolean closed = new AtomicBoolean();
            InputStream in = new ByteArrayInputStream(page(minimal(9, "")).getBytes(UTF_8)) {
                @Override
                public void close() {
                    closed.set(true);
                }
            };
            assertThat(parser.parse(in).records()).hasSize(1);
            assertThat(closed).isFalse();
        }

        @Test
        void normalisesAndPadsValues() {
            RspoRecord r = singleRecord("\"regon\":\"123-456-785\",\"nip\":\"123 456 32 18\",\"telefon\":\"(81) 466-12-34\","
                    + "\"wojewodztwoKodTERYT\":6,\"powiatKodTERYT\":663,\"gminaKodTERYT\":\"0663011\","
                    + "\"nazwaSkrocona\":\"\",\"numerBudynku\":12,\"geolokalizacja\":{\"latitude\":\"51.25\",\"longitude\":22.5}");
            assertThat(r.regon()).isEqualTo("123456785");
            assertThat(r.nip()).isEqualTo("1234563218");
            assertThat(r.phone()).isEqualTo("+48814661234");
            assertThat(r.voivodeshipTeryt()).isEqualTo("06");
            assertThat(r.countyTeryt()).isEqualTo("0663");
            assertThat(r.shortName()).isNull();
            assertThat(r.buildingNo()).isEqualTo("12");
            assertThat(r.latitude()).isEqualTo(51.25);
            assertThat(r.longitude()).isEqualTo(22.5);
        }

        @Test
        void rejectsUnrecognisedPhoneAndTooLongShortName() {
            assertThat(singleError("\"telefon\":\" 81 466 12 34 wew. 12 \"").reasonPl())
                    .isEqualTo("Nieprawidłowy numer telefonu „81 466 12 34 wew. 12” (oczekiwano 9 cyfr, np. 81 466 12 34)");
            assertThat(singleError("\"nazwaSkrocona\":\"" + "x".repeat(61) + "\"").reasonPl())
                    .isEqualTo("Pole „nazwaSkrocona” jest za długie (maks. 60 znaków)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"niepubliczna o uprawnieniach szkoły publicznej\"",
                "{\"id\":3,\"nazwa\":\"Niepubliczna bez uprawnień szkoły publicznej\"}"})
        void readsNonPublicVariants(String status) {
            assertThat(singleRecord("\"statusPublicznoPrawny\":" + status).publicUnit()).isFalse();
        }

        @Test
        void acceptsTypeGivenAsIri() {
            assertThat(singleRecord("\"typ\":\"/api/typ/14\"").typeId()).isEqualTo(14);
        }
    }

    @Nested
    class BrokenRecords {

        @Test
        void reportsEachKindOfBrokenRecordAndKeepsTheRest() {
            RspoParseResult result = parseResource(parser, "broken-records.json");

            assertThat(result.fileErrorOrNull()).isNull();
            assertThat(result.records()).extracting(RspoRecord::rspoNumber).containsExactly(10013, 10017);
            assertThat(result.totalItemsOrNull()).isEqualTo(18);
            assertThat(result.errors()).extracting(RspoRecordError::position)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17);
            assertThat(result.errors()).extracting(RspoRecordError::rspoNumberOrNull).containsExactly(
                    null, "12a45", "-5", "10003", "10004", "10005", "10006", "10007", "10008", "10009", "10010",
                    "10011", "10012", "10013", "10013", null);
            assertThat(result.errors()).extracting(RspoRecordError::reasonPl).containsExactly(
                    "Brak numeru RSPO (numerRspo)",
                    "Numer RSPO „12a45” nie jest dodatnią liczbą całkowitą",
                    "Numer RSPO „-5” nie jest dodatnią liczbą całkowitą",
                    "Brak nazwy placówki (nazwa)",
                    "Brak nazwy placówki (nazwa)",
                    "Brak typu placówki (typ.id)",
                    "Brak identyfikatora typu placówki (typ.id)",
                    "Nieprawidłowy REGON: suma kontrolna się nie zgadza",
                    "Nieprawidłowy NIP: suma kontrolna się nie zgadza",
                    "Nieprawidłowy kod pocztowy „20950” (wymagany format NN-NNN, pole kodPocztowy)",
                    "Nieprawidłowy adres e-mail „sekretariat(at)lublin.example”",
                    "Nieprawidłowy adres strony internetowej „javascript:alert(1)” (dozwolone są tylko adresy http:// i https://)",
                    "Nieprawidłowy kod TERYT gminy „066301” (gminaKodTERYT)",
                    "Numer RSPO 10013 występuje w pliku więcej niż raz",
                    "Numer RSPO 10013 występuje w pliku więcej niż raz",
                    "Element nie jest obiektem JSON opisującym placówkę");
        }

        @Test
        void collectsAllProblemsOfOneRecord() {
            RspoParseResult result = parse(page("{\"numerRspo\":0,\"regon\":\"12\",\"nip\":\"1234563219\"}"));
            assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.reasonPl()).isEqualTo(
                    "Numer RSPO „0” nie jest dodatnią liczbą całkowitą; Brak nazwy placówki (nazwa); "
                            + "Brak typu placówki (typ.id); Nieprawidłowy REGON „12”: wymagane 9 lub 14 cyfr; "
                            + "Nieprawidłowy NIP: suma kontrolna się nie zgadza"));
        }

        @Test
        void rejectsTooLongName() {
            String name = "Ś".repeat(401);
            RspoParseResult result = parse(page("{\"numerRspo\":1,\"nazwa\":\"" + name + "\",\"typ\":{\"id\":1}}",
                    "{\"numerRspo\":2,\"nazwa\":\"" + "Ś".repeat(400) + "\",\"typ\":{\"id\":1}}"));
            assertThat(result.records()).extracting(RspoRecord::rspoNumber).containsExactly(2);
            assertThat(result.errors()).singleElement()
                    .extracting(RspoRecordError::reasonPl).isEqualTo("Pole „nazwa” jest za długie (maks. 400 znaków)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.5", "12345678901", "\"\"", "true", "{}", "[1]", "1e999999999"})
        void rejectsNonPositiveIntegerOrMissingRspoNumber(String value) {
            RspoParseResult result = parse(page("{\"numerRspo\":" + value + ",\"nazwa\":\"X\",\"typ\":{\"id\":1}}"));
            assertThat(result.records()).isEmpty();
            assertThat(result.errors()).singleElement().extracting(RspoRecordError::reasonPl)
                    .satisfies(reason -> assertThat(reason).containsAnyOf("numerRspo", "Numer RSPO"));
        }

        @Test
        void rejectsWrongJsonTypes() {
            assertThat(singleError("\"ulica\":{\"nazwa\":\"Zana\"}").reasonPl()).isEqualTo("Pole „ulica” ma nieprawidłowy format");
            assertThat(singleError("\"email\":true").reasonPl()).isEqualTo("Pole „email” ma nieprawidłowy format");
            assertThat(singleError("\"geolokalizacja\":[51.2,22.5]").reasonPl())
                    .isEqualTo("Pole „geolokalizacja” ma nieprawidłowy format");
            assertThat(singleError("\"typ\":{\"id\":\"x\"}").reasonPl())
                    .isEqualTo("Nieprawidłowy identyfikator typu placówki (typ.id)");
        }

        @Test
        void rejectsBadDatesAndCoordinates() {
            assertThat(singleError("\"dataZalozenia\":\"2020-02-30\"").reasonPl())
                    .isEqualTo("Nieprawidłowa data „2020-02-30” (dataZalozenia, oczekiwano RRRR-MM-DD)");
            assertThat(singleError("\"dataLikwidacji\":\"01.09.2020\"").reasonPl()).contains("dataLikwidacji");
            assertThat(singleError("\"dataZalozenia\":\"2020-09-01\",\"dataLikwidacji\":\"2019-08-31\"").reasonPl())
                    .isEqualTo("Data likwidacji jest wcześniejsza niż data rozpoczęcia działalności");
            assertThat(singleError("\"geolokalizacja\":{\"latitude\":91,\"longitude\":22.5}").reasonPl())
                    .isEqualTo("Nieprawidłowe współrzędne geograficzne (geolokalizacja)");
            assertThat(singleError("\"geolokalizacja\":{\"latitude\":1e400,\"longitude\":22.5}").reasonPl())
                    .contains("geolokalizacja");
        }

        @Test
        void rejectsBadTerytCodesAndInconsistentHierarchy() {
            assertThat(singleError("\"wojewodztwoKodTERYT\":\"07\"").reasonPl())
                    .isEqualTo("Nieprawidłowy kod TERYT województwa „07” (wojewodztwoKodTERYT)");
            assertThat(singleError("\"miejscowoscKodTERYT\":\"95046\"").reasonPl()).contains("miejscowoscKodTERYT");
            assertThat(singleError("\"powiatKodTERYT\":\"0663\",\"gminaKodTERYT\":\"0664011\"").reasonPl())
                    .isEqualTo("Kod TERYT gminy 0664011 nie należy do powiatu 0663");
        }

        @Test
        void rejectsBadParentReference() {
            assertThat(singleError("\"podmiotNadrzedny\":\"/api/placowki/abc\"").reasonPl())
                    .isEqualTo("Nieprawidłowe wskazanie podmiotu nadrzędnego (podmiotNadrzedny)");
            assertThat(singleError("\"podmiotNadrzedny\":{\"numerRspo\":10001}").reasonPl())
                    .isEqualTo("Placówka nie może być własnym podmiotem nadrzędnym (podmiotNadrzedny)");
            assertThat(singleRecord("\"podmiotNadrzedny\":\"\"").parentRspoNumber()).isNull();
            assertThat(singleRecord("\"podmiotNadrzedny\":{\"@id\":\"/api/placowki/77\"}").parentRspoNumber()).isEqualTo(77);
        }

        @Test
        void rejectsBadEpuapAddressAndNonHttpWebsites() {
            assertThat(singleError("\"adresSkrytkiEpuap\":\"SkrytkaESP\"").reasonPl()).contains("ePUAP");
            assertThat(singleError("\"stronaInternetowa\":\"ftp://sp1.lublin.example\"").reasonPl()).contains("http");
            assertThat(singleError("\"stronaInternetowa\":\"data:text/html,<b>x</b>\"").reasonPl()).contains("http");
        }

        @Test
        void capsTheNumberOfReportedErrors() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < 1500; i++) {
                sb.append(i == 0 ? "" : ",").append("{}");
            }
            RspoParseResult result = parse(sb.append("]").toString());
            assertThat(result.errors()).hasSize(RspoParser.MAX_REPORTED_ERRORS + 1);
            RspoRecordError summary = result.errors().get(RspoParser.MAX_REPORTED_ERRORS);
            assertThat(summary.position()).isEqualTo(1001);
            assertThat(summary.reasonPl()).contains("500");
        }
    }

    @Nested
    class FileLevelErrors {

        @Test
        void malformedJsonGivesLineAndColumn() {
            RspoParseResult result = parseResource(parser, "malformed.json");
            assertThat(result.fileErrorOrNull()).matches("Plik nie jest poprawnym dokumentem JSON \\(wiersz 3, kolumna \\d+\\)\\.");
            assertThat(result.records()).isEmpty();
            assertThat(result.errors()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"{\"hydra:member\":[", "[{\"numerRspo\":1,}]", "{'a':1}", "[1 2]", "nul", "[\"abc]",
                "{\"hydra:member\":[{\"numerRspo\":1]}"})
        void truncatedOrInvalidJsonIsAFileError(String json) {
            RspoParseResult result = parse(json);
            assertThat(result.fileErrorOrNull()).startsWith("Plik nie jest poprawnym dokumentem JSON");
            assertThat(result.records()).isEmpty();
        }

        @Test
        void emptyInput() {
            assertThat(parse("").fileErrorOrNull()).isEqualTo("Plik jest pusty.");
            assertThat(parse("   \n ").fileErrorOrNull()).isEqualTo("Plik jest pusty.");
            assertThat(parser.parse(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
                    .fileErrorOrNull()).isEqualTo("Plik jest pusty.");
        }

        @Test
        void nullStream() {
            assertThat(parser.parse(null).fileErrorOrNull()).isEqualTo("Nie przekazano pliku do wczytania.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"42", "\"tekst\"", "null", "{\"numerRspo\":1,\"nazwa\":\"X\",\"typ\":{\"id\":1}}"})
        void unexpectedTopLevelValue(String json) {
            assertThat(parse(json).fileErrorOrNull()).startsWith("Plik nie zawiera listy placówek");
        }

        @Test
        void memberThatIsNotAnArray() {
            assertThat(parse("{\"hydra:member\":{}}").fileErrorOrNull()).startsWith("Pole „hydra:member” musi być tablicą");
        }

        @Test
        void trailingContent() {
            assertThat(parse("[] []").fileErrorOrNull()).isNotNull();
            assertThat(parse(page(minimal(1, "")) + " x").fileErrorOrNull()).isNotNull();
        }

        @Test
        void invalidUtf8() {
            byte[] bytes = page(minimal(1, "\"ulica\":\"Z\"")).getBytes(UTF_8);
            byte[] latin2 = new String(bytes, UTF_8).replace("\"Z\"", "\"\u0001\"").getBytes(UTF_8);
            latin2[new String(bytes, UTF_8).indexOf("\"Z\"") + 1] = (byte) 0xB3; // "ł" in ISO-8859-2
            assertThat(parser.parse(new ByteArrayInputStream(latin2)).fileErrorOrNull())
                    .isEqualTo("Plik nie jest zapisany w kodowaniu UTF-8.");
        }

        @Test
        void oversizedInputIsRejectedWithTheLimitInTheMessage() {
            RspoParser small = new RspoParser(1024);
            StringBuilder sb = new StringBuilder("[");
            for (int i = 1; i <= 40; i++) {
                sb.append(i == 1 ? "" : ",").append(minimal(i, ""));
            }
            RspoParseResult result = small.parse(new ByteArrayInputStream(sb.append("]").toString().getBytes(UTF_8)));
            assertThat(result.fileErrorOrNull()).isEqualTo("Plik jest za duży: przekracza dopuszczalny rozmiar 1 kB.");
            assertThat(result.records()).isEmpty();
            assertThat(result.errors()).isEmpty();
        }

        @Test
        void inputOfExactlyTheLimitIsAccepted() {
            byte[] json = page(minimal(1, "")).getBytes(UTF_8);
            assertThat(new RspoParser(json.length).parse(new ByteArrayInputStream(json)).records()).hasSize(1);
            assertThat(new RspoParser(json.length - 1).parse(new ByteArrayInputStream(json)).fileErrorOrNull())
                    .startsWith("Plik jest za duży");
        }

        @Test
        @Timeout(30)
        void endlessStreamStopsAtTheLimit() {
            InputStream endless = new InputStream() {
                private long n;

                @Override
                public int read() {
                    return n++ == 0 ? '[' : ' ';
                }
            };
            assertThat(parser.parse(endless).fileErrorOrNull())
                    .isEqualTo("Plik jest za duży: przekracza dopuszczalny rozmiar 20 MB.");
        }

        @Test
        void formatsLimits() {
            assertThat(RspoParser.formatSize(RspoParser.DEFAULT_MAX_BYTES)).isEqualTo("20 MB");
            assertThat(RspoParser.formatSize(1536 * 1024)).isEqualTo("1,5 MB");
            assertThat(RspoParser.formatSize(2048)).isEqualTo("2 kB");
            assertThat(RspoParser.formatSize(100)).isEqualTo("100 B");
        }
    }

    @Nested
    class HostileInput {

        @Test
        @Timeout(30)
        void deepNestingIsRefusedWithoutStackOverflow() {
            String deep = "[".repeat(1_000_000);
            assertThat(parse(deep).fileErrorOrNull()).startsWith("Plik zawiera zbyt głęboko zagnieżdżone struktury JSON");

            String deepInRecord = page(minimal(1, "\"x\":" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)));
            assertThat(parse(deepInRecord).fileErrorOrNull()).startsWith("Plik zawiera zbyt głęboko zagnieżdżone");
        }

        @Test
        void moderateNestingInsideARecordIsFine() {
            String nested = "\"x\":" + "[".repeat(20) + "]".repeat(20);
            assertThat(singleRecord(nested).rspoNumber()).isEqualTo(10001);
        }

        @Test
        @Timeout(60)
        void tenMegabyteStringInARecordIsRejectedButTheOthersAreRead() {
            String huge = "a".repeat(10 * 1024 * 1024);
            RspoParseResult result = parse("[" + minimal(1, "") + ","
                    + minimal(2, "\"ulica\":\"" + huge + "\"") + ","
                    + minimal(3, "\"opis\":\"" + huge.substring(0, 1024 * 1024) + "\"") + "]");
            assertThat(result.fileErrorOrNull()).isNull();
            assertThat(result.records()).extracting(RspoRecord::rspoNumber).containsExactly(1, 3);
            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.position()).isEqualTo(2);
                assertThat(e.rspoNumberOrNull()).isEqualTo("2");
                assertThat(e.reasonPl()).isEqualTo("Pole „ulica” jest za długie (maks. 200 znaków)");
            });
        }

        @Test
        @Timeout(30)
        void hugeValuesInIdentifyingFieldsAreTruncatedInMessages() {
            String huge = "9".repeat(5_000_000);
            RspoParseResult result = parse(page("{\"numerRspo\":\"" + huge + "\",\"nazwa\":\"X\",\"typ\":{\"id\":1}}"));
            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.rspoNumberOrNull()).hasSizeLessThan(60);
                assertThat(e.reasonPl()).hasSizeLessThan(200);
            });
        }

        @Test
        @Timeout(30)
        void veryLongNumbersAreRefused() {
            assertThat(parse("[" + "1".repeat(1_000_000) + "]").fileErrorOrNull())
                    .startsWith("Plik zawiera liczbę o nadmiernej długości");
        }

        @Test
        @Timeout(30)
        void hugeExponentsDoNotHang() {
            RspoParseResult result = parse(page("{\"numerRspo\":1e999999999,\"nazwa\":\"X\",\"typ\":{\"id\":1e999999999}}",
                    minimal(2, "\"geolokalizacja\":{\"latitude\":1e-999999999,\"longitude\":22}")));
            assertThat(result.fileErrorOrNull()).isNull();
            assertThat(result.errors()).hasSize(2);
        }

        @Test
        void manyRecordsAreStreamedQuickly() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 1; i <= 20_000; i++) {
                sb.append(i == 1 ? "" : ",").append(minimal(i, "\"regon\":\"123456785\",\"kodPocztowy\":\"20-950\""));
            }
            long start = System.nanoTime();
            RspoParseResult result = parse(sb.append("]").toString());
            assertThat(result.records()).hasSize(20_000);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        }
    }
}
