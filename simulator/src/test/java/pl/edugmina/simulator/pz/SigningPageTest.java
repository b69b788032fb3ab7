package pl.edugmina.simulator.pz;

import org.junit.jupiter.api.Test;
import pl.edugmina.contracts.SecureXml;
import pl.edugmina.contracts.TrustedProfileIdentity.Format;
import pl.edugmina.simulator.docs.EForm;
import pl.edugmina.simulator.docs.LetterSpec;
import pl.edugmina.simulator.docs.Sender;
import pl.edugmina.simulator.store.PzSigning;
import pl.edugmina.simulator.store.PzStatus;
import pl.edugmina.simulator.store.TpService;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The signing page's HTML: content, ids for the browser tests, accessibility hooks, escaping. */
class SigningPageTest {

    private static final String ID = "tok_en-0123456789abcdefghijklmn";
    private static final OffsetDateTime T = OffsetDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneOffset.UTC);

    private static byte[] eform() {
        return EForm.build(new LetterSpec(7, "Wniosek <pilny> & ważny", Sender.PERSON, "Urząd Miasta Lublin", 1, 1, T));
    }

    private static PzSigning signing(TpService service, byte[] doc, String info, PzStatus status) {
        return new PzSigning(ID, service, T, doc, "https://edugmina.example/pz/ok?a=1&b=2", "https://edugmina.example/pz/anulowano",
                info, status, status == PzStatus.SIGNED ? T.plusMinutes(1) : null, status == PzStatus.CANCELLED ? T.plusMinutes(2) : null,
                status == PzStatus.SIGNED ? Format.EP_SIGNATURE : null);
    }

    private static String formPage(PzSigning s) {
        return SigningPage.form("/epuap-sim", s, DocumentSummary.of(s.document()), PersonForm.defaults(s.service()), Map.of());
    }

    @Test
    void the_form_shows_the_banner_the_document_and_the_fields_with_their_ids() {
        String html = formPage(signing(TpService.TP_SIGNING5, eform(), "Wniosek o przyjęcie do przedszkola nr 7", PzStatus.PENDING));

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"pl\">")
                .contains("Symulator Profilu Zaufanego — środowisko testowe")
                .contains("<link rel=\"stylesheet\" href=\"/epuap-sim/style.css\">")
                .contains("<h1>Podpisz dokument profilem zaufanym</h1>")
                .contains("Wniosek o przyjęcie do przedszkola nr 7")
                .contains("<dd id=\"pz-doc-title\">Wniosek &lt;pilny&gt; &amp; ważny nr 7</dd>")
                .contains("<dt>Adresat</dt><dd>Urząd Miasta Lublin</dd>")
                .contains("<dt>Nadawca</dt><dd>Jan Testowy</dd>")
                .contains("przedszkola „Słoneczko” &amp; o informację, czy w grupie &lt;3-latków&gt;")
                .contains("<li>zalacznik-7-1.pdf</li>")
                .contains("<form method=\"post\" action=\"/epuap-sim/pz/podpis/" + ID + "\" novalidate>")
                .contains("<label for=\"pz-given\">Imię</label>", "id=\"pz-given\" name=\"given\"", "value=\"Jan\"")
                .contains("<label for=\"pz-surname\">Nazwisko</label>", "id=\"pz-surname\" name=\"surname\"", "value=\"Testowy\"")
                .contains("<label for=\"pz-pesel\">PESEL</label>", "id=\"pz-pesel\" name=\"pesel\"", "value=\"" + PersonForm.DEFAULT_PESEL + "\"")
                .contains("<legend>Format odpowiedzi")
                .contains("<input type=\"radio\" id=\"pz-format-ep\" name=\"format\" value=\"EPSignature\" checked>")
                .contains("<input type=\"radio\" id=\"pz-format-zp\" name=\"format\" value=\"PodpisZP\">")
                .contains("<button type=\"submit\" id=\"pz-sign\" name=\"akcja\" value=\"podpisz\">Podpisz profilem zaufanym</button>")
                .contains("<button type=\"submit\" id=\"pz-cancel\" class=\"secondary\" name=\"akcja\" value=\"anuluj\">Anuluj</button>")
                .contains("Po podpisaniu wrócisz do serwisu edugmina.example")
                .doesNotContain("pz-errors", "aria-invalid", "DaneZalacznika", "JVBERi0"); // no attachment Base64 on the page
        assertThat(html.indexOf("Przejdź do treści")).isLessThan(html.indexOf("<main id=\"main\""));
        assertWellFormed(html);
    }

    @Test
    void everything_from_outside_is_escaped() {
        String evil = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        PzSigning s = signing(TpService.TP_SIGNING5, ("<a>" + evil.replace("<", "&lt;").replace(">", "&gt;") + "</a>")
                .getBytes(StandardCharsets.UTF_8), evil, PzStatus.PENDING);
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(PersonForm.GIVEN, "Imię zawiera niedozwolone znaki");
        String html = SigningPage.form("/epuap-sim", s, DocumentSummary.of(s.document()), new PersonForm(evil, "Testowy", "1", null), errors);

        assertThat(html).doesNotContain("<script", "<img", "\"><img")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertWellFormed(html);
    }

    @Test
    void not_a_form_shows_the_beginning_of_the_xml_escaped() {
        String xml = "<?xml version=\"1.0\"?><umowa xmlns=\"urn:u\"><strona>A &amp; B</strona>" + "<x/>".repeat(1000) + "</umowa>";
        PzSigning s = signing(TpService.TP_SIGNING5, xml.getBytes(StandardCharsets.UTF_8), null, PzStatus.PENDING);
        DocumentSummary d = DocumentSummary.of(s.document());
        assertThat(d.isForm()).isFalse();
        assertThat(d.excerpt()).hasSize(DocumentSummary.EXCERPT);
        assertThat(d.excerptCut()).isTrue();

        String html = formPage(s);
        assertThat(html).contains("<pre id=\"pz-doc-xml\" class=\"pz-xml\">&lt;?xml version=&quot;1.0&quot;?&gt;&lt;umowa xmlns=")
                .contains("&lt;strona&gt;A &amp;amp; B&lt;/strona&gt;")
                .contains("pierwsze 2000 znaków")
                .doesNotContain("h-info"); // no additionalInfo, no section
        assertWellFormed(html);
    }

    @Test
    void errors_are_listed_linked_and_attached_to_their_fields() {
        PzSigning s = signing(TpService.TP_SIGNING5, eform(), null, PzStatus.PENDING);
        PersonForm typed = new PersonForm("Jan", "", "123", "PodpisZP");
        String html = SigningPage.form("/epuap-sim", s, DocumentSummary.of(s.document()), typed, typed.errors(true));

        assertThat(html).contains("<div id=\"pz-errors\" class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus>")
                .contains("<li><a href=\"#pz-surname\">Podaj nazwisko</a></li>")
                .contains("<li><a href=\"#pz-pesel\">PESEL musi składać się z 11 cyfr</a></li>")
                .contains("<p id=\"pz-surname-error\" class=\"field-error\">Podaj nazwisko</p>")
                .contains("aria-describedby=\"pz-pesel-hint pz-pesel-error\" aria-invalid=\"true\" value=\"123\"")
                .contains("<input type=\"radio\" id=\"pz-format-zp\" name=\"format\" value=\"PodpisZP\" checked>")
                .contains("<title>Błąd: popraw dane");
        assertThat(html).doesNotContain("id=\"pz-given-error\"");
        assertWellFormed(html);
    }

    @Test
    void legacy_tpSigning_offers_podpiszp_only() {
        String html = formPage(signing(TpService.TP_SIGNING, eform(), null, PzStatus.PENDING));
        assertThat(html).contains("<input type=\"radio\" id=\"pz-format-ep\" name=\"format\" value=\"EPSignature\" disabled>")
                .contains("<input type=\"radio\" id=\"pz-format-zp\" name=\"format\" value=\"PodpisZP\" checked>")
                .contains("zawsze odpowiada w formacie PodpisZP");
    }

    @Test
    void signed_cancelled_and_unknown_pages() {
        String signed = SigningPage.finished("/epuap-sim", signing(TpService.TP_SIGNING5, eform(), "info <b>", PzStatus.SIGNED));
        assertThat(signed).contains("<h1>Dokument został już podpisany</h1>", "data-status=\"SIGNED\"", "27.11.2026, 10:31:00",
                        "(format EPSignature)", "Nie można podpisać go drugi raz", "info &lt;b&gt;",
                        "<a href=\"https://edugmina.example/pz/ok?a=1&amp;b=2\">Wróć do serwisu edugmina.example</a>")
                .doesNotContain("pz-sign", "<form");
        assertWellFormed(signed);

        String cancelled = SigningPage.finished("/epuap-sim", signing(TpService.TP_SIGNING5, eform(), null, PzStatus.CANCELLED));
        assertThat(cancelled).contains("<h1>Podpisywanie dokumentu zostało anulowane</h1>", "data-status=\"CANCELLED\"",
                "href=\"https://edugmina.example/pz/anulowano\"").doesNotContain("<form");

        String notFound = SigningPage.notFound("/epuap-sim");
        assertThat(notFound).contains("<html lang=\"pl\">", "<h1>Nie znaleziono dokumentu do podpisu</h1>",
                "Symulator Profilu Zaufanego — środowisko testowe");
        assertWellFormed(notFound);

        assertThat(SigningPage.error("/epuap-sim", "Brak klucza <x>")).contains("Brak klucza &lt;x&gt;", "role=\"alert\"");
    }

    /** The page is also well-formed XML (void elements aside): no broken markup from escaping mistakes. */
    private static void assertWellFormed(String html) {
        String xml = html.replace("<!DOCTYPE html>", "")
                .replaceAll("<(meta|link|input)([^>]*)>", "<$1$2/>")
                .replaceAll(" (checked|disabled|required|novalidate|autofocus)(?=[ >/])", " $1=\"$1\"");
        try {
            SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8), 1_000_000);
        } catch (SecureXml.UnsafeXmlException e) {
            throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + html, e);
        }
    }
}
