package pl.edugmina.simulator.pz;

import pl.edugmina.contracts.TrustedProfileIdentity;
import pl.edugmina.contracts.TrustedProfileIdentity.Format;
import pl.edugmina.simulator.store.SignatureFormats;
import pl.edugmina.simulator.store.TpService;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who signs (or logs in) with the simulated trusted profile, as typed on the signing page or sent to
 * the REST API, and its checks. Values are kept as typed (for re-showing the form); {@link #errors}
 * lists what is wrong per field.
 *
 * @param format {@code EPSignature} or {@code PodpisZP} (blank: the service's default)
 */
public record PersonForm(String givenName, String surname, String pesel, String format) {

    /** Field names of {@link #errors}, also the signing page's input names. */
    public static final String GIVEN = "given";
    public static final String SURNAME = "surname";
    public static final String PESEL = "pesel";
    public static final String FORMAT = "format";

    public static final String DEFAULT_GIVEN_NAME = "Jan";
    public static final String DEFAULT_SURNAME = "Testowy";
    /**
     * The signing page's default PESEL: 1980-01-01, male, with a correct check digit. (The test citizen
     * of the generated e-forms, 80010112345, has a wrong check digit and would not pass the check.)
     */
    public static final String DEFAULT_PESEL = "80010112357";
    public static final int MAX_NAME = 100;

    /** Never the PESEL: records' toString ends up in logs. */
    @Override
    public String toString() {
        return "PersonForm[" + givenName + " " + surname + ", " + format + "]";
    }

    /** What the signing page shows first. */
    public static PersonForm defaults(TpService service) {
        return new PersonForm(DEFAULT_GIVEN_NAME, DEFAULT_SURNAME, DEFAULT_PESEL, SignatureFormats.code(service.formatFor(null)));
    }

    /**
     * What is wrong, field by field ({@link #GIVEN}, {@link #SURNAME}, {@link #PESEL}, {@link #FORMAT}), in
     * the form's order; empty if nothing.
     *
     * @param peselRequired whether a blank PESEL is an error (the signing page) or means "no PESEL" (the API)
     */
    public Map<String, String> errors(boolean peselRequired) {
        Map<String, String> e = new LinkedHashMap<>();
        nameProblem(givenName, "imię", "Imię").ifPresent(m -> e.put(GIVEN, m));
        nameProblem(surname, "nazwisko", "Nazwisko").ifPresent(m -> e.put(SURNAME, m));
        if (blank(pesel)) {
            if (peselRequired) {
                e.put(PESEL, "Podaj PESEL");
            }
        } else {
            Pesel.problem(pesel.strip()).ifPresent(m -> e.put(PESEL, m));
        }
        if (!blank(format) && SignatureFormats.parse(format).isEmpty()) {
            e.put(FORMAT, "Nieznany format odpowiedzi; dozwolone: " + SignatureFormats.EP_SIGNATURE + ", " + SignatureFormats.PODPIS_ZP);
        }
        return e;
    }

    /**
     * The identity to put into the signature of a document given to {@code service} (whose format may be
     * fixed: TpSigning answers with PodpisZP whatever was chosen). Call after {@link #errors} found nothing.
     */
    public TrustedProfileIdentity identity(TpService service) {
        Format f = service.formatFor(SignatureFormats.parse(format).orElse(null));
        String given = givenName.strip();
        String sur = surname.strip();
        return new TrustedProfileIdentity(given, sur, blank(pesel) ? null : pesel.strip(),
                f == Format.PODPIS_ZP ? epuapAccount(given, sur) : null, f);
    }

    /** The simulated ePUAP login of a person: {@code imie.nazwisko} in lower-case ASCII (e.g. {@code jan.testowy}). */
    public static String epuapAccount(String givenName, String surname) {
        return ascii(givenName) + "." + ascii(surname);
    }

    private static String ascii(String s) {
        String n = Normalizer.normalize(s.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        n = n.replaceAll("^-+|-+$", "");
        return n.isEmpty() ? "uzytkownik" : n;
    }

    /**
     * Why {@code value} is not a usable first name or surname, or empty.
     *
     * @param accusative "imię" / "nazwisko" (Podaj …)
     * @param label      "Imię" / "Nazwisko" (… może mieć …)
     */
    static Optional<String> nameProblem(String value, String accusative, String label) {
        if (blank(value)) {
            return Optional.of("Podaj " + accusative);
        }
        String v = value.strip();
        if (v.length() > MAX_NAME) {
            return Optional.of(label + " może mieć najwyżej " + MAX_NAME + " znaków");
        }
        if (v.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '<' || c == '>')) {
            return Optional.of(label + " zawiera niedozwolone znaki");
        }
        if (v.codePoints().noneMatch(Character::isLetter)) {
            return Optional.of(label + " musi zawierać litery");
        }
        return Optional.empty();
    }

    /** Why {@code email} is not an e-mail address, or empty (blank is fine: no address). */
    public static Optional<String> emailProblem(String email) {
        if (blank(email)) {
            return Optional.empty();
        }
        String e = email.strip();
        if (e.length() > 254 || !e.matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+")) {
            return Optional.of("Niepoprawny adres e-mail");
        }
        return Optional.empty();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
