package pl.edugmina.registry.rspo;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.edugmina.registry.domain.validation.Email;
import pl.edugmina.registry.domain.validation.EpuapAddress;
import pl.edugmina.registry.domain.validation.Nip;
import pl.edugmina.registry.domain.validation.Phone;
import pl.edugmina.registry.domain.validation.PostalCode;
import pl.edugmina.registry.domain.validation.Regon;
import pl.edugmina.registry.domain.validation.Teryt;
import pl.edugmina.registry.domain.validation.WebsiteUrl;

/**
 * Turns one RSPO JSON object into an {@link RspoRecord}, collecting every problem found (in
 * Polish) instead of stopping at the first. Not thread-safe; one instance per record.
 */
final class RspoRecordMapper {

    static final int MAX_NAME_LENGTH = 400;
    static final int MAX_SHORT_NAME_LENGTH = 60;
    static final int MAX_SHORT_TEXT = 200;
    static final int MAX_NUMBER_TEXT = 50;
    static final int MAX_PHONE_LENGTH = 100;
    static final int MAX_WEBSITE_LENGTH = 500;

    private static final Pattern POSITIVE_INT = Pattern.compile("0*[1-9]\\d{0,8}");
    private static final Pattern IRI_ID = Pattern.compile("(?:.*/)?(\\d{1,9})/?");
    private static final Pattern DATE_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,3}(?:\\.\\d{1,20})?");
    private static final int QUOTED_VALUE_LIMIT = 60;

    /** The record, or - when {@code problems} is not empty - why it was rejected. */
    record Outcome(RspoRecord record, String rspoNumberAsWritten, List<String> problems) {
    }

    private final JsonObject json;
    private final List<String> problems = new ArrayList<>();

    private RspoRecordMapper(JsonObject json) {
        this.json = json;
    }

    /**
     * @param seenRspoNumbers RSPO numbers met earlier in the file; this record's number is added
     */
    static Outcome map(JsonObject json, Set<Integer> seenRspoNumbers) {
        return new RspoRecordMapper(json).map(seenRspoNumbers);
    }

    private Outcome map(Set<Integer> seenRspoNumbers) {
        String rspoText = scalarText(json.get("numerRspo"));
        if (rspoText != null && rspoText.length() > MAX_NUMBER_TEXT) {
            rspoText = rspoText.substring(0, MAX_NUMBER_TEXT) + "…";
        }
        Integer rspoNumber = rspoNumber();
        if (rspoNumber != null && !seenRspoNumbers.add(rspoNumber)) {
            problems.add("Numer RSPO " + rspoNumber + " występuje w pliku więcej niż raz");
        }

        String name = required("nazwa", MAX_NAME_LENGTH, "Brak nazwy placówki (nazwa)");
        String shortName = text(json, "nazwaSkrocona", MAX_SHORT_NAME_LENGTH);

        JsonObject type = object(json, "typ");
        Integer typeId = typeId();
        String typeName = type == null ? null : text(type, "nazwa", MAX_SHORT_TEXT, "typ.nazwa");
        Boolean publicUnit = publicStatus();
        String runningBody = runningBody();
        Integer parent = parentRspoNumber(rspoNumber);

        String regon = regon();
        String nip = nip();

        Address address = address();

        String voivodeship = teryt("wojewodztwoKodTERYT", 2, Teryt::isValidVoivodeship, "województwa");
        String county = teryt("powiatKodTERYT", 4, Teryt::isValidCounty, "powiatu");
        String commune = teryt("gminaKodTERYT", 7, Teryt::isValidCommune, "gminy");
        String localityTeryt = teryt("miejscowoscKodTERYT", 7, Teryt::isValidLocality, "miejscowości (SIMC)");
        checkTerytHierarchy(voivodeship, county, commune);

        Double[] coordinates = coordinates();
        String phone = phone();
        String email = email();
        String website = website();
        String epuap = epuap();
        String director = directorName();

        LocalDate activeFrom = date("dataRozpoczeciaDzialalnosci");
        if (activeFrom == null) {
            activeFrom = date("dataZalozenia");
        }
        LocalDate activeTo = date("dataLikwidacji");
        if (activeFrom != null && activeTo != null && activeTo.isBefore(activeFrom)) {
            problems.add("Data likwidacji jest wcześniejsza niż data rozpoczęcia działalności");
        }

        if (!problems.isEmpty()) {
            return new Outcome(null, rspoText, List.copyOf(problems));
        }
        RspoRecord record = new RspoRecord(rspoNumber, name, shortName, typeId, typeName, publicUnit,
                runningBody, parent, regon, nip, address.street(), address.buildingNo(), address.flatNo(),
                address.postalCode(), address.locality(), voivodeship, county, commune, localityTeryt,
                coordinates[0], coordinates[1], phone, email, website, epuap, director, activeFrom, activeTo);
        return new Outcome(record, rspoText, List.of());
    }

    // ---------------------------------------------------------------- identification

    private Integer rspoNumber() {
        String text = required("numerRspo", MAX_NUMBER_TEXT, "Brak numeru RSPO (numerRspo)");
        if (text == null) {
            return null;
        }
        if (!POSITIVE_INT.matcher(text).matches()) {
            problems.add("Numer RSPO " + quote(text) + " nie jest dodatnią liczbą całkowitą");
            return null;
        }
        return Integer.valueOf(text);
    }

    /** Like {@link #text(JsonObject, String, int)}, reporting {@code missingMessage} when absent or blank. */
    private String required(String key, int maxLength, String missingMessage) {
        int problemsBefore = problems.size();
        String text = text(json, key, maxLength);
        if (text == null && problems.size() == problemsBefore) {
            problems.add(missingMessage);
        }
        return text;
    }

    private Integer typeId() {
        JsonValue type = json.get("typ");
        if (type == null || type == JsonValue.NULL) {
            problems.add("Brak typu placówki (typ.id)");
            return null;
        }
        JsonValue id = type instanceof JsonObject object ? object.get("id") : type;
        String text = scalarText(id);
        if (text == null) {
            problems.add("Brak identyfikatora typu placówki (typ.id)");
            return null;
        }
        Matcher m = IRI_ID.matcher(text);
        if (text.length() > MAX_SHORT_TEXT || !m.matches() || !POSITIVE_INT.matcher(m.group(1)).matches()) {
            problems.add("Nieprawidłowy identyfikator typu placówki (typ.id)");
            return null;
        }
        return Integer.valueOf(m.group(1));
    }

    private Boolean publicStatus() {
        JsonValue status = json.get("statusPublicznoPrawny");
        String text = status instanceof JsonObject object
                ? text(object, "nazwa", MAX_SHORT_TEXT, "statusPublicznoPrawny.nazwa")
                : text(json, "statusPublicznoPrawny", MAX_SHORT_TEXT);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("niepubliczn")) {
            return Boolean.FALSE;
        }
        return lower.startsWith("publiczn") ? Boolean.TRUE : null;
    }

    private String runningBody() {
        String name = text(json, "organProwadzacyNazwa", MAX_NAME_LENGTH);
        if (name == null) {
            JsonObject body = object(json, "organProwadzacy");
            if (body != null) {
                name = text(body, "nazwa", MAX_NAME_LENGTH, "organProwadzacy.nazwa");
            }
        }
        return name;
    }

    private Integer parentRspoNumber(Integer ownNumber) {
        JsonValue value = json.get("podmiotNadrzedny");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        String text;
        if (value instanceof JsonObject object) {
            text = object.containsKey("numerRspo") ? scalarText(object.get("numerRspo")) : scalarText(object.get("@id"));
        } else {
            text = scalarText(value);
        }
        if (text == null && value instanceof JsonString) {
            return null; // empty string
        }
        Matcher m = text == null || text.length() > MAX_SHORT_TEXT ? null : IRI_ID.matcher(text);
        if (m == null || !m.matches() || !POSITIVE_INT.matcher(m.group(1)).matches()) {
            problems.add("Nieprawidłowe wskazanie podmiotu nadrzędnego (podmiotNadrzedny)");
            return null;
        }
        Integer parent = Integer.valueOf(m.group(1));
        if (parent.equals(ownNumber)) {
            problems.add("Placówka nie może być własnym podmiotem nadrzędnym (podmiotNadrzedny)");
            return null;
        }
        return parent;
    }

    private String regon() {
        String raw = text(json, "regon", MAX_NUMBER_TEXT);
        if (raw == null) {
            return null;
        }
        String regon = Regon.normalize(raw);
        if (Regon.isValid(regon)) {
            return regon;
        }
        problems.add(regon.matches("\\d{9}|\\d{14}")
                ? "Nieprawidłowy REGON: suma kontrolna się nie zgadza"
                : "Nieprawidłowy REGON " + quote(raw) + ": wymagane 9 lub 14 cyfr");
        return null;
    }

    private String nip() {
        String raw = text(json, "nip", MAX_NUMBER_TEXT);
        if (raw == null) {
            return null;
        }
        String nip = Nip.normalize(raw);
        if (Nip.isValid(nip)) {
            return nip;
        }
        problems.add(nip.matches("\\d{10}")
                ? "Nieprawidłowy NIP: suma kontrolna się nie zgadza"
                : "Nieprawidłowy NIP " + quote(raw) + ": wymagane 10 cyfr");
        return null;
    }

    // ---------------------------------------------------------------- address and contact

    private record Address(String street, String buildingNo, String flatNo, String postalCode, String locality) {
    }

    /** The unit's own address; when it has none at all, the correspondence address. */
    private Address address() {
        String prefix = "";
        boolean hasOwnAddress = isGiven("ulica") || isGiven("numerBudynku") || isGiven("kodPocztowy")
                || isGiven("miejscowosc");
        if (!hasOwnAddress) {
            prefix = "adresDoKorespondecji";
        }
        String street = text(json, field(prefix, "ulica"), MAX_SHORT_TEXT);
        String buildingNo = text(json, field(prefix, "numerBudynku"), MAX_NUMBER_TEXT);
        String flatNo = text(json, field(prefix, "numerLokalu"), MAX_NUMBER_TEXT);
        String postalCodeField = field(prefix, "kodPocztowy");
        String postalCode = text(json, postalCodeField, MAX_NUMBER_TEXT);
        if (postalCode != null && !PostalCode.isValid(postalCode)) {
            problems.add("Nieprawidłowy kod pocztowy " + quote(postalCode) + " (wymagany format NN-NNN, pole "
                    + postalCodeField + ")");
            postalCode = null;
        }
        String locality = text(json, field(prefix, "miejscowosc"), MAX_SHORT_TEXT);
        return new Address(street, buildingNo, flatNo, postalCode, locality);
    }

    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Present with a value other than null or a blank string. */
    private boolean isGiven(String key) {
        JsonValue value = json.get(key);
        return value != null && value != JsonValue.NULL
                && !(value instanceof JsonString string && string.getString().isBlank());
    }

    private String teryt(String key, int width, Predicate<String> validator, String whatPl) {
        JsonValue value = json.get(key);
        String code;
        if (value instanceof JsonNumber number && POSITIVE_INT.matcher(number.toString()).matches()
                && number.toString().length() <= width) {
            // a JSON number has lost its leading zeros
            code = "0".repeat(width - number.toString().length()) + number;
        } else {
            code = text(json, key, MAX_NUMBER_TEXT);
        }
        if (code != null && !validator.test(code)) {
            problems.add("Nieprawidłowy kod TERYT " + whatPl + " " + quote(code) + " (" + key + ")");
            return null;
        }
        return code;
    }

    private void checkTerytHierarchy(String voivodeship, String county, String commune) {
        if (voivodeship != null && county != null && !county.startsWith(voivodeship)) {
            problems.add("Kod TERYT powiatu " + county + " nie należy do województwa " + voivodeship);
        }
        if (county != null && commune != null && !commune.startsWith(county)) {
            problems.add("Kod TERYT gminy " + commune + " nie należy do powiatu " + county);
        }
    }

    private Double[] coordinates() {
        JsonObject geo = object(json, "geolokalizacja");
        if (geo == null) {
            return new Double[2];
        }
        String latText = scalarText(geo.get("latitude"));
        String lonText = scalarText(geo.get("longitude"));
        if (latText == null || lonText == null) {
            return new Double[2];
        }
        Double lat = coordinate(latText, 90);
        Double lon = coordinate(lonText, 180);
        if (lat == null || lon == null) {
            problems.add("Nieprawidłowe współrzędne geograficzne (geolokalizacja)");
            return new Double[2];
        }
        return new Double[] {lat, lon};
    }

    private static Double coordinate(String text, double limit) {
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Math.abs(value) <= limit ? value : null;
    }

    private String phone() {
        String raw = text(json, "telefon", MAX_PHONE_LENGTH);
        if (raw == null) {
            return null;
        }
        String phone = Phone.normalize(raw);
        if (Phone.isValid(phone)) {
            return phone;
        }
        problems.add("Nieprawidłowy numer telefonu " + quote(raw) + " (oczekiwano 9 cyfr, np. 81 466 12 34)");
        return null;
    }

    private String email() {
        String raw = text(json, "email", Email.MAX_LENGTH);
        if (raw == null) {
            return null;
        }
        String email = Email.normalize(raw);
        if (Email.isValid(email)) {
            return email;
        }
        problems.add("Nieprawidłowy adres e-mail " + quote(raw));
        return null;
    }

    private String website() {
        String raw = text(json, "stronaInternetowa", MAX_WEBSITE_LENGTH);
        if (raw == null) {
            return null;
        }
        String website = WebsiteUrl.normalize(raw);
        if (WebsiteUrl.isValid(website)) {
            return website;
        }
        problems.add("Nieprawidłowy adres strony internetowej " + quote(raw)
                + " (dozwolone są tylko adresy http:// i https://)");
        return null;
    }

    private String epuap() {
        String raw = text(json, "adresSkrytkiEpuap", MAX_SHORT_TEXT);
        if (raw == null) {
            return null;
        }
        String epuap = EpuapAddress.normalize(raw);
        if (EpuapAddress.isValid(epuap)) {
            return epuap;
        }
        problems.add("Nieprawidłowy adres skrytki ePUAP " + quote(raw) + " (oczekiwano np. /Instytucja/SkrytkaESP)");
        return null;
    }

    private String directorName() {
        String first = text(json, "dyrektorImie", MAX_SHORT_TEXT / 2);
        String last = text(json, "dyrektorNazwisko", MAX_SHORT_TEXT / 2);
        if (first == null) {
            return last;
        }
        return last == null ? first : first + " " + last;
    }

    private LocalDate date(String key) {
        String text = text(json, key, MAX_NUMBER_TEXT);
        if (text == null) {
            return null;
        }
        Matcher m = DATE_PREFIX.matcher(text);
        if (m.matches()) {
            try {
                return LocalDate.parse(m.group(1));
            } catch (DateTimeException e) {
                // reported below
            }
        }
        problems.add("Nieprawidłowa data " + quote(text) + " (" + key + ", oczekiwano RRRR-MM-DD)");
        return null;
    }

    // ---------------------------------------------------------------- JSON access

    private JsonObject object(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        if (value instanceof JsonString) {
            return null; // e.g. an IRI instead of an embedded object: no details available
        }
        problems.add("Pole " + quote(key) + " ma nieprawidłowy format");
        return null;
    }

    private String text(JsonObject object, String key, int maxLength) {
        return text(object, key, maxLength, key);
    }

    /**
     * The trimmed string (or number) under {@code key}; {@code null} when absent, JSON null or
     * blank. An object, array or boolean, or a value longer than {@code maxLength}, is a problem.
     */
    private String text(JsonObject object, String key, int maxLength, String labelForMessages) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString) && !(value instanceof JsonNumber)) {
            problems.add("Pole " + quote(labelForMessages) + " ma nieprawidłowy format");
            return null;
        }
        String text = scalarText(value);
        if (text != null && text.length() > maxLength) {
            problems.add("Pole " + quote(labelForMessages) + " jest za długie (maks. " + maxLength + " znaków)");
            return null;
        }
        return text;
    }

    /** Trimmed text of a JSON string or number; null for anything else and for blank strings. */
    private static String scalarText(JsonValue value) {
        String text;
        if (value instanceof JsonString string) {
            text = string.getString().strip();
        } else if (value instanceof JsonNumber number) {
            text = number.toString();
        } else {
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    private static String quote(String value) {
        String shown = value.length() > QUOTED_VALUE_LIMIT ? value.substring(0, QUOTED_VALUE_LIMIT) + "…" : value;
        return "„" + shown + "”";
    }
}
