package pl.edugmina.recruitment.application;

/**
 * The recruitment application as an e-form ({@code wnio:Dokument} whose {@code wnio} namespace is this form's): the same
 * document is signed with Profil Zaufany on the portal and sent through ePUAP, where the service bus recognises it by
 * its namespace and hands it to the recruitment module. Its content ({@code wnio:TrescDokumentu}) holds, in the form's
 * namespace, {@code Wniosek} with {@code NumerWniosku} (the portal draft's number, by which an ePUAP submission is
 * matched), {@code Nabor} (campaign id), {@code Dziecko} (Imie, Nazwisko, DataUrodzenia, PESEL or Dokument), {@code
 * Adres}, {@code Rodzice}, {@code Preferencje} ({@code Preferencja kolejnosc= oddzial=}) and {@code Kryteria}
 * ({@code Kryterium kod=}).
 */
public final class RecruitmentForm {

    public static final String NS = "http://edugmina.pl/wzor/2026/nabor/wniosek/";
    public static final String FORM_ID = "WniosekRekrutacyjny";

    private RecruitmentForm() {
    }
}
