package pl.edugmina.simulator.rest;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import pl.edugmina.contracts.SecureXml;
import pl.edugmina.contracts.TrustedProfileIdentity;
import pl.edugmina.simulator.docs.DocumentKind;
import pl.edugmina.simulator.docs.Sender;
import pl.edugmina.simulator.store.Addresses;
import pl.edugmina.simulator.pz.PersonForm;
import pl.edugmina.simulator.store.InboxStore;
import pl.edugmina.simulator.store.TpService;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Inboxes ({@code /PODMIOT/nazwa}) of the simulated ePUAP: fill with test documents, inspect, empty. */
@Path("/inboxes/{podmiot}/{nazwa}")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class InboxResource {

    public static final int MAX_COUNT = 20_000;
    public static final int MAX_ATTACHMENTS = 20;
    public static final int MAX_ATTACHMENT_KB = 10_240;
    public static final int MAX_RAW_BYTES = 50 * 1024 * 1024;
    static final String DEFAULT_TITLE = "Pismo ogólne do podmiotu publicznego";

    @Inject
    GeneratorService generator;

    @EJB
    InboxStore inbox;

    @PathParam("podmiot")
    String podmiot;

    @PathParam("nazwa")
    String nazwa;

    public record Stan(String adres, long waiting, long confirmed, long total) {
    }

    public record Dodane(List<Long> ids, List<String> skroty) {
    }

    public record Usuniete(String adres, int deleted) {
    }

    @POST
    @Path("/documents")
    public Dodane generate(@QueryParam("kind") @DefaultValue("valid") String kind,
                           @QueryParam("count") @DefaultValue("1") String count,
                           @QueryParam("attachments") @DefaultValue("2") String attachments,
                           @QueryParam("attachmentKb") @DefaultValue("50") String attachmentKb,
                           @QueryParam("title") String title,
                           @QueryParam("sender") @DefaultValue("person") String sender) {
        Addresses.Address to = address();
        DocumentKind k = DocumentKind.ofCode(kind).filter(DocumentKind::generated)
                .orElseThrow(() -> Errors.badRequest("Nieznany rodzaj dokumentu „" + kind + "”; dozwolone: " + generatedKinds()));
        int n = number("count", count, 1, MAX_COUNT);
        int a = number("attachments", attachments, 0, MAX_ATTACHMENTS);
        int kb = number("attachmentKb", attachmentKb, 0, MAX_ATTACHMENT_KB);
        Sender s = Sender.ofCode(sender)
                .orElseThrow(() -> Errors.badRequest("Nieznany nadawca „" + sender + "”; dozwolone: person, institution"));
        String t = title == null || title.isBlank() ? DEFAULT_TITLE : title.trim();
        if (t.length() > 200) {
            throw Errors.badRequest("Tytuł może mieć najwyżej 200 znaków");
        }
        GeneratorService.Enqueued e = generator.generate(new GeneratorService.Request(to, k, n, a, kb, t, s));
        return new Dodane(e.ids(), e.skroty());
    }

    @POST
    @Path("/raw")
    @Consumes(MediaType.WILDCARD)
    public Dodane raw(@QueryParam("fileName") String fileName, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                      byte[] body) {
        Addresses.Address to = address();
        if (fileName == null || fileName.isBlank()) {
            throw Errors.badRequest("Podaj nazwę pliku (parametr fileName)");
        }
        if (body == null || body.length == 0) {
            throw Errors.badRequest("Treść dokumentu jest pusta");
        }
        if (body.length > MAX_RAW_BYTES) {
            throw Errors.badRequest("Dokument jest za duży (najwyżej " + MAX_RAW_BYTES + " B)");
        }
        String type = contentType == null || contentType.isBlank() || contentType.startsWith("application/x-www-form-urlencoded")
                ? (fileName.toLowerCase().endsWith(".xml") ? "text/xml" : "application/octet-stream")
                : contentType.split(";")[0].trim();
        long id = generator.enqueueRaw(to, fileName.trim(), type, body);
        return new Dodane(List.of(id), List.of(pl.edugmina.simulator.docs.Skrot.of(body)));
    }

    /**
     * An XML document (the body, e.g. an e-form filled in by a test) signed by the simulator and put into the inbox as if a
     * citizen sent it: {@code signer=citizen} (the test citizen's key, trusted), {@code stranger} (untrusted) or
     * {@code profil-zaufany} (signed with Profil Zaufany by the person {@code givenName}, {@code surname}, optional
     * {@code pesel}, {@code format} EPSignature (default) or PodpisZP; that person is the ePUAP sender).
     */
    @POST
    @Path("/signed")
    @Consumes(MediaType.WILDCARD)
    public Dodane signed(@QueryParam("fileName") String fileName, @QueryParam("signer") @DefaultValue("citizen") String signer,
                         @QueryParam("givenName") String givenName, @QueryParam("surname") String surname,
                         @QueryParam("pesel") String pesel, @QueryParam("format") String format, byte[] body) {
        Addresses.Address to = address();
        if (fileName == null || fileName.isBlank()) {
            throw Errors.badRequest("Podaj nazwę pliku (parametr fileName)");
        }
        if (body == null || body.length == 0) {
            throw Errors.badRequest("Treść dokumentu jest pusta");
        }
        try {
            SecureXml.parse(body, MAX_RAW_BYTES);
        } catch (SecureXml.UnsafeXmlException e) {
            throw Errors.badRequest("Dokumentu nie można podpisać: " + e.getMessage());
        }
        GeneratorService.SignAs as = switch (signer.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "citizen" -> GeneratorService.SignAs.CITIZEN;
            case "stranger" -> GeneratorService.SignAs.STRANGER;
            case "profil-zaufany" -> GeneratorService.SignAs.PROFIL_ZAUFANY;
            default -> throw Errors.badRequest("Nieznany podpisujący „" + signer + "”; dozwolone: citizen, stranger, profil-zaufany");
        };
        TrustedProfileIdentity person = null;
        if (as == GeneratorService.SignAs.PROFIL_ZAUFANY) {
            PersonForm form = new PersonForm(givenName, surname, pesel, format);
            Map<String, String> errors = form.errors(false);
            if (!errors.isEmpty()) {
                throw Errors.badRequest(String.join("; ", errors.values()));
            }
            person = form.identity(TpService.TP_SIGNING5);
        }
        GeneratorService.Enqueued e = generator.enqueueSigned(to, fileName.trim(), body, as, person);
        return new Dodane(e.ids(), e.skroty());
    }

    @GET
    public Stan stan() {
        Addresses.Address a = address();
        InboxStore.Stats s = inbox.stats(a.adres());
        return new Stan(a.adres(), s.waiting(), s.confirmed(), s.total());
    }

    @DELETE
    public Usuniete empty() {
        Addresses.Address a = address();
        return new Usuniete(a.adres(), inbox.clear(a.adres()));
    }

    private Addresses.Address address() {
        return Addresses.parse("/" + podmiot + "/" + nazwa)
                .orElseThrow(() -> Errors.badRequest("Niepoprawny adres skrytki /" + podmiot + "/" + nazwa));
    }

    static int number(String name, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Errors.badRequest("Parametr " + name + " musi być liczbą całkowitą od " + min + " do " + max + " (podano „" + value + "”)");
    }

    private static String generatedKinds() {
        return Arrays.stream(DocumentKind.values()).filter(DocumentKind::generated).map(DocumentKind::code)
                .collect(Collectors.joining(", "));
    }
}
