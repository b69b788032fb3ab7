package pl.edugmina.simulator.docs;

import java.util.Locale;
import java.util.Optional;

/**
 * Who sends the generated letters: the test citizen (who also holds the signing key) or an
 * institution on whose behalf he acts. The same data fills the e-form and the ePUAP envelope
 * ({@code DanePodmiotu}, {@code DaneNadawcy}).
 */
public enum Sender {
    PERSON("person", "jan.testowy", "F", "Jan", "Testowy", "80010112345", null,
            "/jan.testowy/skrytka"),
    INSTITUTION("institution", "PRZEDSZKOLE_SLONECZKO", "P", null,
            "Niepubliczne Przedszkole „Słoneczko” w Lublinie", null, "123456785",
            "/PRZEDSZKOLE_SLONECZKO/skrytka");

    /** The postal address written in the e-form for the person. */
    public static final String KOD_POCZTOWY = "20-400";
    public static final String MIEJSCOWOSC = "Lublin";
    public static final String ULICA = "Testowa";
    public static final String BUDYNEK = "1";
    /** ePUAP login of the user who sends (for both: the test citizen). */
    public static final String UZYTKOWNIK = "jan.testowy";

    private final String code;
    private final String identyfikator;
    private final String typOsoby;
    private final String imie;
    private final String nazwiskoNazwa;
    private final String pesel;
    private final String regon;
    private final String adresOdpowiedzi;

    Sender(String code, String identyfikator, String typOsoby, String imie, String nazwiskoNazwa, String pesel,
           String regon, String adresOdpowiedzi) {
        this.code = code;
        this.identyfikator = identyfikator;
        this.typOsoby = typOsoby;
        this.imie = imie;
        this.nazwiskoNazwa = nazwiskoNazwa;
        this.pesel = pesel;
        this.regon = regon;
        this.adresOdpowiedzi = adresOdpowiedzi;
    }

    public String code() {
        return code;
    }

    public String identyfikator() {
        return identyfikator;
    }

    /** F (osoba fizyczna) or P (prawna). */
    public String typOsoby() {
        return typOsoby;
    }

    public String imie() {
        return imie;
    }

    public String nazwiskoNazwa() {
        return nazwiskoNazwa;
    }

    public String pesel() {
        return pesel;
    }

    public String regon() {
        return regon;
    }

    public String adresOdpowiedzi() {
        return adresOdpowiedzi;
    }

    public static Optional<Sender> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (Sender s : values()) {
            if (s.code.equals(c)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
