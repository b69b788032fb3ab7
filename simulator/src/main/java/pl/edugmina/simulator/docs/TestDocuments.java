package pl.edugmina.simulator.docs;

import java.nio.charset.StandardCharsets;

/**
 * The test-document generator: one {@link LetterSpec} and a {@link DocumentKind} give the bytes the
 * receiving system will find in {@code dokument.zawartosc}.
 */
public final class TestDocuments {

    /** Appended to the letter's text after signing, for {@link DocumentKind#BADLY_SIGNED}. */
    static final String TAMPERING = " [dopisano po podpisaniu]";
    /** The external entity of {@link DocumentKind#UNSAFE}. */
    static final String XXE_TARGET = "file:///etc/passwd";

    private final XadesSigner signer;

    /** @param signer may be {@code null} if only unsigned kinds are generated */
    public TestDocuments(XadesSigner signer) {
        this.signer = signer;
    }

    public record Generated(DocumentKind kind, String fileName, byte[] content, String skrot) {
    }

    public Generated generate(LetterSpec spec, DocumentKind kind) {
        byte[] content = switch (kind) {
            case VALID -> signer().signAsCitizen(EForm.build(spec), spec.fileName());
            case UNSIGNED -> EForm.build(spec);
            case BADLY_SIGNED -> tamper(signer().signAsCitizen(EForm.build(spec), spec.fileName()));
            case UNTRUSTED -> signer().signAsStranger(EForm.build(spec), spec.fileName());
            case MALFORMED -> truncate(EForm.build(spec));
            case UNSAFE -> unsafe(spec);
            case UPD, RAW -> throw new IllegalArgumentException("Rodzaju " + kind.code() + " nie generuje się");
        };
        return new Generated(kind, spec.fileName(), content, Skrot.of(content));
    }

    private XadesSigner signer() {
        if (signer == null) {
            throw new IllegalStateException("Brak kluczy podpisujących");
        }
        return signer;
    }

    /** Changes the signed letter's text: the enveloped signature covers the whole document, so it breaks. */
    static byte[] tamper(byte[] signed) {
        String s = new String(signed, StandardCharsets.UTF_8);
        int end = s.indexOf("</wnio:Wartosc>");
        if (end < 0) {
            throw new IllegalStateException("Podpisany dokument nie zawiera wnio:Wartosc");
        }
        return (s.substring(0, end) + TAMPERING + s.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    /** The first two thirds of the form: not well-formed (unclosed elements, possibly a cut tag). */
    static byte[] truncate(byte[] xml) {
        int n = Math.max(64, xml.length * 2 / 3);
        byte[] b = new byte[Math.min(n, xml.length - 1)];
        System.arraycopy(xml, 0, b, 0, b.length);
        return b;
    }

    /** The form with a DOCTYPE declaring an external entity, referenced from the letter's text. Unsigned. */
    static byte[] unsafe(LetterSpec spec) {
        String xml = new String(EForm.build(spec, EForm.escape(EForm.text(spec)) + " &zewn;"), StandardCharsets.UTF_8);
        String doctype = "<!DOCTYPE wnio:Dokument [\n  <!ENTITY zewn SYSTEM \"" + XXE_TARGET + "\">\n]>\n";
        return xml.replace(EForm.PROLOG, EForm.PROLOG + doctype).getBytes(StandardCharsets.UTF_8);
    }
}
