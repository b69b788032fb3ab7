package pl.edugmina.simulator.pz;

import pl.edugmina.contracts.TrustedProfileIdentity.Format;
import pl.edugmina.simulator.store.PzSigning;
import pl.edugmina.simulator.store.PzStatus;
import pl.edugmina.simulator.store.SignatureFormats;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The HTML of the simulated Profil Zaufany's signing page ({@code /epuap-sim/pz/podpis/<id>}), in Polish:
 * the form (document summary, signer's data, reply format, "Podpisz profilem zaufanym" / "Anuluj"),
 * the page of a document already signed or cancelled, and the "not found" and error pages. Everything
 * that came from outside (the document, additionalInfo, typed values) is HTML-escaped.
 *
 * <p>Element ids for automated tests: {@code pz-given}, {@code pz-surname}, {@code pz-pesel},
 * {@code pz-format-ep}, {@code pz-format-zp}, {@code pz-sign}, {@code pz-cancel}; the error summary
 * {@code pz-errors}; the finished page's status {@code pz-status}.
 */
public final class SigningPage {

    /** The form's button values (parameter {@value #ACTION}). */
    public static final String ACTION = "akcja";
    public static final String SIGN = "podpisz";
    public static final String CANCEL = "anuluj";

    static final String BANNER = "Symulator Profilu Zaufanego — środowisko testowe";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.MM.yyyy, HH:mm:ss");
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private SigningPage() {
    }

    /**
     * The signing form for a pending document.
     *
     * @param errors field name ({@link PersonForm#GIVEN} …) → message; empty when first shown
     */
    public static String form(String contextPath, PzSigning s, DocumentSummary doc, PersonForm values, Map<String, String> errors) {
        StringBuilder b = new StringBuilder(8192);
        head(b, contextPath, errors.isEmpty() ? "Podpisz dokument profilem zaufanym" : "Błąd: popraw dane – podpis profilem zaufanym");
        b.append("<h1>Podpisz dokument profilem zaufanym</h1>\n");
        if (!errors.isEmpty()) {
            b.append("<div id=\"pz-errors\" class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus>\n<h2>Popraw dane, aby podpisać dokument</h2>\n<ul>\n");
            errors.forEach((field, message) -> b.append("<li><a href=\"#").append(fieldId(field)).append("\">")
                    .append(esc(message)).append("</a></li>\n"));
            b.append("</ul>\n</div>\n");
        }
        b.append("<p>Usługodawca przekazał dokument do podpisania profilem zaufanym. Sprawdź go, uzupełnij dane osoby "
                + "podpisującej i wybierz „Podpisz profilem zaufanym” albo „Anuluj”.</p>\n");
        if (s.additionalInfo() != null) {
            b.append("<section aria-labelledby=\"h-info\">\n<h2 id=\"h-info\">Informacja od usługodawcy</h2>\n<p id=\"pz-info\" class=\"pz-text\">")
                    .append(esc(s.additionalInfo())).append("</p>\n</section>\n");
        }
        document(b, doc);
        b.append("<section aria-labelledby=\"h-dane\">\n<h2 id=\"h-dane\">Dane osoby podpisującej</h2>\n")
                .append("<form method=\"post\" action=\"").append(esc(pagePath(contextPath, s.id()))).append("\" novalidate>\n");
        input(b, PersonForm.GIVEN, "Imię", values.givenName(), errors, "given-name", null);
        input(b, PersonForm.SURNAME, "Nazwisko", values.surname(), errors, "family-name", null);
        input(b, PersonForm.PESEL, "PESEL", values.pesel(), errors, "off", "11 cyfr, np. " + PersonForm.DEFAULT_PESEL);
        formats(b, s, values.format(), errors.get(PersonForm.FORMAT));
        b.append("<div class=\"actions\">\n")
                .append("<button type=\"submit\" id=\"pz-sign\" name=\"").append(ACTION).append("\" value=\"").append(SIGN)
                .append("\">Podpisz profilem zaufanym</button>\n")
                .append("<button type=\"submit\" id=\"pz-cancel\" class=\"secondary\" name=\"").append(ACTION).append("\" value=\"")
                .append(CANCEL).append("\">Anuluj</button>\n")
                .append("</div>\n</form>\n");
        b.append("<p class=\"hint\">Po podpisaniu wrócisz do serwisu ").append(esc(host(s.successUrl())))
                .append("; po anulowaniu – do ").append(esc(host(s.failureUrl()))).append(".</p>\n</section>\n");
        tail(b, s);
        return b.toString();
    }

    /** A document that was already signed or cancelled: no second signing. */
    public static String finished(String contextPath, PzSigning s) {
        StringBuilder b = new StringBuilder(2048);
        boolean signed = s.status() == PzStatus.SIGNED;
        String title = signed ? "Dokument został już podpisany" : "Podpisywanie dokumentu zostało anulowane";
        head(b, contextPath, title);
        b.append("<h1>").append(title).append("</h1>\n<p id=\"pz-status\" data-status=\"").append(s.status()).append("\">");
        if (signed) {
            b.append("Ten dokument podpisano profilem zaufanym").append(s.signedAt() == null ? "" : " " + esc(when(s)))
                    .append(s.format() == null ? "" : " (format " + SignatureFormats.code(s.format()) + ")")
                    .append(". Nie można podpisać go drugi raz.");
        } else {
            b.append("Podpisywanie tego dokumentu anulowano").append(s.cancelledAt() == null ? "" : " " + esc(when(s)))
                    .append(". Nie można go już podpisać; usługodawca może przekazać dokument ponownie.");
        }
        b.append("</p>\n");
        if (s.additionalInfo() != null) {
            b.append("<p>Informacja od usługodawcy: <span class=\"pz-text\">").append(esc(s.additionalInfo())).append("</span></p>\n");
        }
        String back = signed ? s.successUrl() : s.failureUrl();
        b.append("<p><a href=\"").append(esc(back)).append("\">Wróć do serwisu ").append(esc(host(back))).append("</a></p>\n");
        tail(b, s);
        return b.toString();
    }

    /** No such document (or an address that is not a signing page's). */
    public static String notFound(String contextPath) {
        StringBuilder b = new StringBuilder(1024);
        head(b, contextPath, "Nie znaleziono dokumentu do podpisu");
        b.append("<h1>Nie znaleziono dokumentu do podpisu</h1>\n")
                .append("<p>Adres strony jest niepoprawny albo symulator Profilu Zaufanego nie otrzymał takiego dokumentu. "
                        + "Wróć do serwisu, w którym rozpoczęto podpisywanie, i spróbuj ponownie.</p>\n");
        tail(b, null);
        return b.toString();
    }

    /** The simulator failed (e.g. no signing key): the message is shown as it is. */
    public static String error(String contextPath, String message) {
        StringBuilder b = new StringBuilder(1024);
        head(b, contextPath, "Błąd symulatora Profilu Zaufanego");
        b.append("<h1>Nie udało się podpisać dokumentu</h1>\n<p class=\"status error\" role=\"alert\">")
                .append(esc(message)).append("</p>\n<p>Dokument nadal czeka na podpis; możesz spróbować ponownie.</p>\n");
        tail(b, null);
        return b.toString();
    }

    private static void document(StringBuilder b, DocumentSummary doc) {
        b.append("<section aria-labelledby=\"h-dokument\">\n<h2 id=\"h-dokument\">Dokument do podpisania</h2>\n");
        if (doc.isForm()) {
            b.append("<dl class=\"pz-meta\">\n");
            dl(b, "Tytuł", doc.title() == null ? "(dokument bez tytułu)" : doc.title(), "pz-doc-title");
            if (doc.addressee() != null) {
                dl(b, "Adresat", doc.addressee(), null);
            }
            if (doc.sender() != null) {
                dl(b, "Nadawca", doc.sender(), null);
            }
            b.append("</dl>\n<h3>Treść</h3>\n");
            if (doc.text() == null) {
                b.append("<p>(dokument nie zawiera treści tekstowej)</p>\n");
            } else {
                b.append("<div id=\"pz-doc-text\" class=\"pz-text\">").append(esc(doc.text())).append("</div>\n");
                if (doc.textCut()) {
                    b.append("<p class=\"hint\">Pokazano pierwsze ").append(DocumentSummary.MAX_TEXT).append(" znaków treści.</p>\n");
                }
            }
            if (!doc.attachments().isEmpty()) {
                b.append("<h3>Załączniki</h3>\n<ul>\n");
                doc.attachments().forEach(a -> b.append("<li>").append(esc(a)).append("</li>\n"));
                b.append("</ul>\n");
            }
        } else {
            b.append("<p>Dokument nie jest formularzem (wnio:Dokument). ")
                    .append(doc.excerptCut() ? "Początek dokumentu XML (pierwsze " + DocumentSummary.EXCERPT + " znaków):"
                            : "Dokument XML:")
                    .append("</p>\n<pre id=\"pz-doc-xml\" class=\"pz-xml\">").append(esc(doc.excerpt())).append("</pre>\n");
        }
        b.append("</section>\n");
    }

    private static void dl(StringBuilder b, String term, String value, String id) {
        b.append("<dt>").append(term).append("</dt><dd").append(id == null ? "" : " id=\"" + id + "\"").append('>')
                .append(esc(value)).append("</dd>\n");
    }

    private static void input(StringBuilder b, String field, String label, String value, Map<String, String> errors,
                              String autocomplete, String hint) {
        String id = fieldId(field);
        String error = errors.get(field);
        StringBuilder describedBy = new StringBuilder();
        b.append("<div class=\"row\">\n<label for=\"").append(id).append("\">").append(label).append("</label>\n");
        if (hint != null) {
            b.append("<p id=\"").append(id).append("-hint\" class=\"hint\">").append(esc(hint)).append("</p>\n");
            describedBy.append(id).append("-hint");
        }
        if (error != null) {
            b.append("<p id=\"").append(id).append("-error\" class=\"field-error\">").append(esc(error)).append("</p>\n");
            describedBy.append(describedBy.isEmpty() ? "" : " ").append(id).append("-error");
        }
        b.append("<input id=\"").append(id).append("\" name=\"").append(field).append("\" type=\"text\" required")
                .append(" autocomplete=\"").append(autocomplete).append('"');
        if (PersonForm.PESEL.equals(field)) {
            b.append(" inputmode=\"numeric\" maxlength=\"11\" spellcheck=\"false\"");
        } else {
            b.append(" maxlength=\"").append(PersonForm.MAX_NAME).append('"');
        }
        if (!describedBy.isEmpty()) {
            b.append(" aria-describedby=\"").append(describedBy).append('"');
        }
        if (error != null) {
            b.append(" aria-invalid=\"true\"");
        }
        b.append(" value=\"").append(esc(value == null ? "" : value)).append("\">\n</div>\n");
    }

    private static void formats(StringBuilder b, PzSigning s, String chosen, String error) {
        Format fixed = s.service().fixedFormat().orElse(null);
        Format selected = fixed != null ? fixed : SignatureFormats.parse(chosen).orElse(s.service().formatFor(null));
        b.append("<fieldset id=\"pz-format\"").append(error == null ? "" : " aria-describedby=\"pz-format-error\"").append(">\n")
                .append("<legend>Format odpowiedzi (opis osoby podpisującej w podpisie)</legend>\n");
        if (error != null) {
            b.append("<p id=\"pz-format-error\" class=\"field-error\">").append(esc(error)).append("</p>\n");
        }
        if (fixed != null) {
            b.append("<p id=\"pz-format-hint\" class=\"hint\">Dokument przekazano do starszej usługi TpSigning, "
                    + "która zawsze odpowiada w formacie PodpisZP.</p>\n");
        }
        radio(b, "pz-format-ep", SignatureFormats.EP_SIGNATURE, "EPSignature — TpSigning5 (domyślny)",
                selected == Format.EP_SIGNATURE, fixed != null && fixed != Format.EP_SIGNATURE);
        radio(b, "pz-format-zp", SignatureFormats.PODPIS_ZP, "PodpisZP — dane w formacie ppzp:PodpisZP (TpSigning)",
                selected == Format.PODPIS_ZP, false);
        b.append("</fieldset>\n");
    }

    private static void radio(StringBuilder b, String id, String value, String label, boolean checked, boolean disabled) {
        b.append("<div class=\"radio\"><input type=\"radio\" id=\"").append(id).append("\" name=\"").append(PersonForm.FORMAT)
                .append("\" value=\"").append(value).append('"').append(checked ? " checked" : "").append(disabled ? " disabled" : "")
                .append("><label for=\"").append(id).append("\">").append(esc(label)).append("</label></div>\n");
    }

    private static void head(StringBuilder b, String contextPath, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"pl\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                .append("<title>").append(esc(title)).append(" – symulator Profilu Zaufanego</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(esc(ctx(contextPath))).append("/style.css\">\n")
                .append("</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">Przejdź do treści</a>\n")
                .append("<header>\n<p class=\"brand\">Profil Zaufany</p>\n")
                .append("<p class=\"env pz-banner\" id=\"pz-banner\">").append(BANNER).append("</p>\n</header>\n")
                .append("<main id=\"main\" tabindex=\"-1\">\n");
    }

    private static void tail(StringBuilder b, PzSigning s) {
        b.append("</main>\n<footer>\n<p>To jest symulator Profilu Zaufanego do testów EduGminy, nie prawdziwy Profil Zaufany: "
                + "podpis składa klucz testowy „Profil Zaufany (symulator)”, którego nie uzna żaden prawdziwy system.");
        if (s != null) {
            b.append(" Usługa: ").append(s.service().code()).append(", dokument <code>").append(esc(s.id())).append("</code>.");
        }
        b.append("</p>\n</footer>\n</body>\n</html>\n");
    }

    /** The page's path: {@code <contextPath>/pz/podpis/<id>}. */
    static String pagePath(String contextPath, String id) {
        return ctx(contextPath) + PzIds.PAGE_PATH + id;
    }

    private static String ctx(String contextPath) {
        return contextPath == null || contextPath.isBlank() ? PzIds.CONTEXT_ROOT : contextPath;
    }

    static String fieldId(String field) {
        return switch (field) {
            case PersonForm.GIVEN -> "pz-given";
            case PersonForm.SURNAME -> "pz-surname";
            case PersonForm.PESEL -> "pz-pesel";
            default -> "pz-format";
        };
    }

    private static String when(PzSigning s) {
        var t = s.status() == PzStatus.SIGNED ? s.signedAt() : s.cancelledAt();
        return t.atZoneSameInstant(WARSAW).format(WHEN);
    }

    /** {@code host[:port]} of a return address, for the user's information. */
    static String host(String url) {
        try {
            URI u = new URI(url);
            return u.getHost() == null ? url : u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
        } catch (Exception e) {
            return url;
        }
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
