package pl.edugmina.integration.pz;

import pl.edugmina.correspondence.application.PortalLetters;
import pl.edugmina.integration.epuap.OutgoingDocuments;
import pl.edugmina.integration.epuap.WnioDokumentParser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static pl.edugmina.integration.epuap.OutgoingDocuments.esc;

/**
 * A citizen's letter written on the portal as the general-letter e-form ({@code wnio:Dokument} of
 * {@value OutgoingDocuments#FORM_NS}, the same form ePUAP users send), the citizen as the sender person,
 * the chosen unit or the department as addressee. This unsigned document is what goes to Profil
 * Zaufany; the signed one comes back with the signature appended and is registered like any e-form.
 */
final class CitizenLetterDocument {

    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    private CitizenLetterDocument() {
    }

    static byte[] xml(PortalLetters.Draft d, String addresseeName) {
        String address = d.address() == null || d.address().isBlank() ? ""
                : "<adr:Adres><adr:Ulica>" + esc(d.address().strip()) + "</adr:Ulica></adr:Adres>";
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <wnio:Dokument xmlns:wnio="%s" xmlns:meta="%s" xmlns:str="%s" xmlns:oso="%s" xmlns:inst="%s" xmlns:adr="%s">
                <wnio:OpisDokumentu>
                <meta:Data typDaty="utworzony"><meta:Czas>%s</meta:Czas></meta:Data>
                <meta:Identyfikator typIdentyfikatora="idFormularza"><meta:Wartosc>PismoOgolne</meta:Wartosc></meta:Identyfikator>
                </wnio:OpisDokumentu>
                <wnio:DaneDokumentu>
                <str:Naglowek><str:NazwaDokumentu>%s</str:NazwaDokumentu></str:Naglowek>
                <str:Adresaci><meta:Podmiot><inst:Instytucja><inst:NazwaInstytucji>%s</inst:NazwaInstytucji></inst:Instytucja></meta:Podmiot></str:Adresaci>
                <str:Nadawcy><meta:Podmiot><oso:Osoba><oso:Imie>%s</oso:Imie><oso:Nazwisko>%s</oso:Nazwisko>%s</oso:Osoba></meta:Podmiot></str:Nadawcy>
                </wnio:DaneDokumentu>
                <wnio:TrescDokumentu format="text/xml" kodowanie="XML"><wnio:Wartosc>%s</wnio:Wartosc></wnio:TrescDokumentu>
                </wnio:Dokument>""".formatted(OutgoingDocuments.FORM_NS, WnioDokumentParser.META, WnioDokumentParser.STR,
                WnioDokumentParser.OSO, WnioDokumentParser.INST, WnioDokumentParser.ADR, LocalDate.now(ZONE),
                esc(d.subject().strip()), esc(addresseeName), esc(d.givenName().strip()), esc(d.surname().strip()), address,
                esc(d.body().strip()));
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
