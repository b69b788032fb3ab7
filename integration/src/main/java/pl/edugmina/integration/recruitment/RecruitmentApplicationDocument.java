package pl.edugmina.integration.recruitment;

import pl.edugmina.integration.epuap.WnioDokumentParser;
import pl.edugmina.recruitment.application.RecruitmentApplications.DeclaredCriterion;
import pl.edugmina.recruitment.application.RecruitmentApplications.Detail;
import pl.edugmina.recruitment.application.RecruitmentApplications.Draft;
import pl.edugmina.recruitment.application.RecruitmentApplications.Guardian;
import pl.edugmina.recruitment.application.RecruitmentApplications.PreferenceView;
import pl.edugmina.recruitment.application.RecruitmentForm;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static pl.edugmina.integration.epuap.OutgoingDocuments.esc;

/**
 * A parent's recruitment application as the e-form {@link RecruitmentForm}: the guardian as sender, the first-choice
 * unit as addressee, the content both structured (for the machine) and readable (every element has its text).
 */
public final class RecruitmentApplicationDocument {

    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    private RecruitmentApplicationDocument() {
    }

    public static byte[] xml(Detail a, String campaignName) {
        Draft d = a.draft();
        StringBuilder prefs = new StringBuilder();
        for (PreferenceView p : a.preferences()) {
            prefs.append("<wnio:Preferencja kolejnosc=\"").append(p.rank()).append("\" oddzial=\"").append(p.offered().id()).append("\">")
                    .append(esc(p.offered().label())).append("</wnio:Preferencja>");
        }
        StringBuilder crit = new StringBuilder();
        for (DeclaredCriterion c : a.criteria()) {
            crit.append("<wnio:Kryterium kod=\"").append(esc(c.code())).append("\">").append(esc(c.label())).append("</wnio:Kryterium>");
        }
        String addressee = a.preferences().isEmpty() ? "Wydział Oświaty" : a.preferences().get(0).offered().unitName();
        String[] guardianName = split(d.guardian1().name());
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <wnio:Dokument xmlns:wnio="%s" xmlns:meta="%s" xmlns:str="%s" xmlns:oso="%s" xmlns:inst="%s" xmlns:adr="%s">
                <wnio:OpisDokumentu>
                <meta:Data typDaty="utworzony"><meta:Czas>%s</meta:Czas></meta:Data>
                <meta:Identyfikator typIdentyfikatora="idFormularza"><meta:Wartosc>%s</meta:Wartosc></meta:Identyfikator>
                </wnio:OpisDokumentu>
                <wnio:DaneDokumentu>
                <str:Naglowek><str:NazwaDokumentu>Wniosek o przyjęcie – %s</str:NazwaDokumentu></str:Naglowek>
                <str:Adresaci><meta:Podmiot><inst:Instytucja><inst:NazwaInstytucji>%s</inst:NazwaInstytucji></inst:Instytucja></meta:Podmiot></str:Adresaci>
                <str:Nadawcy><meta:Podmiot><oso:Osoba><oso:Imie>%s</oso:Imie><oso:Nazwisko>%s</oso:Nazwisko></oso:Osoba></meta:Podmiot></str:Nadawcy>
                </wnio:DaneDokumentu>
                <wnio:TrescDokumentu format="text/xml" kodowanie="XML"><wnio:Wniosek>
                <wnio:NumerWniosku>%d</wnio:NumerWniosku>
                <wnio:Nabor id="%d">%s</wnio:Nabor>
                <wnio:Dziecko><wnio:Imie>%s</wnio:Imie><wnio:Nazwisko>%s</wnio:Nazwisko><wnio:DataUrodzenia>%s</wnio:DataUrodzenia>%s</wnio:Dziecko>
                <wnio:Adres><wnio:Miejscowosc>%s</wnio:Miejscowosc><wnio:Ulica>%s</wnio:Ulica><wnio:NumerDomu>%s</wnio:NumerDomu>%s<wnio:KodPocztowy>%s</wnio:KodPocztowy></wnio:Adres>
                <wnio:Rodzice>%s%s</wnio:Rodzice>
                <wnio:Preferencje>%s</wnio:Preferencje>
                <wnio:Kryteria>%s</wnio:Kryteria>
                </wnio:Wniosek></wnio:TrescDokumentu>
                </wnio:Dokument>""".formatted(RecruitmentForm.NS, WnioDokumentParser.META, WnioDokumentParser.STR, WnioDokumentParser.OSO,
                WnioDokumentParser.INST, WnioDokumentParser.ADR, LocalDate.now(ZONE), RecruitmentForm.FORM_ID, esc(campaignName),
                esc(addressee), esc(guardianName[0]), esc(guardianName[1]), a.id(), a.campaignId(), esc(campaignName),
                esc(d.childFirstName()), esc(d.childLastName()), d.birthDate(),
                d.pesel() != null ? "<wnio:PESEL>" + esc(d.pesel()) + "</wnio:PESEL>" : "<wnio:Dokument>" + esc(d.identityDocument()) + "</wnio:Dokument>",
                esc(d.locality()), esc(d.street()), esc(d.houseNumber()),
                d.flat() == null ? "" : "<wnio:NumerLokalu>" + esc(d.flat()) + "</wnio:NumerLokalu>", esc(d.postalCode()),
                guardian(d.guardian1()), d.guardian2() == null || d.guardian2().name() == null ? "" : guardian(d.guardian2()), prefs, crit);
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String guardian(Guardian g) {
        return "<wnio:Rodzic><wnio:ImieNazwisko>" + esc(g.name()) + "</wnio:ImieNazwisko>"
                + (g.email() == null ? "" : "<wnio:Email>" + esc(g.email()) + "</wnio:Email>")
                + (g.phone() == null ? "" : "<wnio:Telefon>" + esc(g.phone()) + "</wnio:Telefon>") + "</wnio:Rodzic>";
    }

    /** "Anna Maria Kowalska" → {"Anna Maria", "Kowalska"}. */
    private static String[] split(String full) {
        String s = full == null ? "" : full.strip();
        int i = s.lastIndexOf(' ');
        return i < 0 ? new String[]{s, s} : new String[]{s.substring(0, i), s.substring(i + 1)};
    }
}
