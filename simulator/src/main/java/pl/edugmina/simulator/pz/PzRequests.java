package pl.edugmina.simulator.pz;

import pl.edugmina.contracts.SecureXml;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The checks of {@code addDocumentToSigning}'s arguments; every refusal is a {@link PzInvalidInput}. */
public final class PzRequests {

    /** Largest document accepted for signing. */
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    /** Longest {@code additionalInfo} kept (characters). */
    public static final int MAX_ADDITIONAL_INFO = 4_000;
    /** Longest return address accepted (characters). */
    public static final int MAX_URL = 2_000;

    private PzRequests() {
    }

    /** The document must be present, at most {@value #MAX_DOCUMENT_BYTES} bytes and well-formed XML without a DTD. */
    public static void document(byte[] doc) {
        if (doc == null || doc.length == 0) {
            throw new PzInvalidInput("Nie przekazano dokumentu do podpisania (doc)");
        }
        if (doc.length > MAX_DOCUMENT_BYTES) {
            throw new PzInvalidInput("Dokument do podpisania ma " + doc.length + " B, więcej niż dopuszczalne "
                    + MAX_DOCUMENT_BYTES + " B (10 MB)");
        }
        try {
            SecureXml.parse(doc, MAX_DOCUMENT_BYTES);
        } catch (SecureXml.UnsafeXmlException e) {
            throw new PzInvalidInput("Dokumentu nie można podpisać: " + e.getMessage());
        }
    }

    /**
     * A return address ({@code successURL}, {@code failureURL}): required, an absolute {@code http} or
     * {@code https} URL with a host. Returned without surrounding spaces.
     */
    public static String returnUrl(String name, String url) {
        if (url == null || url.isBlank()) {
            throw new PzInvalidInput("Nie podano adresu " + name + " (" + purpose(name) + ")");
        }
        String u = url.strip();
        if (u.length() > MAX_URL) {
            throw new PzInvalidInput("Adres " + name + " jest za długi (najwyżej " + MAX_URL + " znaków)");
        }
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return u;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new PzInvalidInput("Adres " + name + " musi być bezwzględnym adresem http:// lub https:// (podano „"
                + abbreviate(u, 200) + "”)");
    }

    /** {@code additionalInfo}: optional (blank = none), at most {@value #MAX_ADDITIONAL_INFO} characters. */
    public static String additionalInfo(String info) {
        if (info == null || info.isBlank()) {
            return null;
        }
        String s = info.strip();
        if (s.length() > MAX_ADDITIONAL_INFO) {
            throw new PzInvalidInput("Pole additionalInfo może mieć najwyżej " + MAX_ADDITIONAL_INFO + " znaków");
        }
        return s;
    }

    /** Shortens what a caller sent before it goes into a message. */
    public static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private static String purpose(String name) {
        return name.startsWith("success") ? "dokąd wrócić po podpisaniu" : "dokąd wrócić po anulowaniu";
    }
}
