package pl.edugmina.simulator.docs;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Builds the unsigned XML of a general letter (pismo ogólne do podmiotu publicznego, CRD form
 * {@code http://crd.gov.pl/wzor/2017/10/24/4566/}) with the CRD 2009 namespaces:
 *
 * <pre>
 * wnio:Dokument
 *   wnio:OpisDokumentu   meta:Data[typDaty=utworzony]/meta:Czas, meta:Identyfikator[typIdentyfikatora=idFormularza]/meta:Wartosc
 *   wnio:DaneDokumentu   str:Naglowek/str:NazwaDokumentu, str:Adresaci/meta:Podmiot/inst:Instytucja/inst:NazwaInstytucji,
 *                        str:Nadawcy/meta:Podmiot/(oso:Osoba[oso:IdOsoby/oso:PESEL, oso:Imie, oso:Nazwisko, adr:Adres] | inst:Instytucja)
 *   wnio:TrescDokumentu[format=text/xml, kodowanie=XML]
 *                        wnio:Wartosc (the letter's text), str:Zalaczniki/str:Zalacznik[format, kodowanie=base64, nazwaPliku]/str:DaneZalacznika
 *   (ds:Signature, appended by the signer as the last child)
 * </pre>
 */
public final class EForm {

    public static final String NS_WNIO = "http://crd.gov.pl/wzor/2017/10/24/4566/";
    public static final String NS_META = "http://crd.gov.pl/xml/schematy/meta/2009/11/16/";
    public static final String NS_STR = "http://crd.gov.pl/xml/schematy/struktura/2009/11/16/";
    public static final String NS_OSO = "http://crd.gov.pl/xml/schematy/osoba/2009/11/16/";
    public static final String NS_INST = "http://crd.gov.pl/xml/schematy/instytucja/2009/11/16/";
    public static final String NS_ADR = "http://crd.gov.pl/xml/schematy/adres/2009/11/09/";

    static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private EForm() {
    }

    /** The letter's text for {@code spec} (it contains characters that must be escaped in XML). */
    public static String text(LetterSpec spec) {
        return "Szanowni Państwo,\nzwracam się z uprzejmą prośbą o przyjęcie dziecka do przedszkola „Słoneczko” & "
                + "o informację, czy w grupie <3-latków> są wolne miejsca. Pismo testowe nr " + spec.number()
                + " wygenerowane przez symulator ePUAP.\nZ poważaniem\n"
                + (spec.sender() == Sender.PERSON ? "Jan Testowy" : spec.sender().nazwiskoNazwa());
    }

    public static byte[] build(LetterSpec spec) {
        return build(spec, escape(text(spec)));
    }

    /** {@code textXml}: the content of wnio:Wartosc, already XML (escaped text or an entity reference). */
    static byte[] build(LetterSpec spec, String textXml) {
        StringBuilder x = new StringBuilder(256 + spec.attachments() * (spec.attachmentKb() * 1400 + 200));
        x.append(PROLOG)
                .append("<wnio:Dokument xmlns:wnio=\"").append(NS_WNIO)
                .append("\" xmlns:meta=\"").append(NS_META)
                .append("\" xmlns:str=\"").append(NS_STR)
                .append("\" xmlns:oso=\"").append(NS_OSO)
                .append("\" xmlns:inst=\"").append(NS_INST)
                .append("\" xmlns:adr=\"").append(NS_ADR).append("\">")
                .append("<wnio:OpisDokumentu>")
                .append("<meta:Data typDaty=\"utworzony\"><meta:Czas>")
                .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(spec.created())).append("</meta:Czas></meta:Data>")
                .append("<meta:Identyfikator typIdentyfikatora=\"idFormularza\"><meta:Wartosc>")
                .append(formId(spec)).append("</meta:Wartosc></meta:Identyfikator>")
                .append("</wnio:OpisDokumentu>")
                .append("<wnio:DaneDokumentu>")
                .append("<str:Naglowek><str:NazwaDokumentu>").append(escape(spec.fullTitle())).append("</str:NazwaDokumentu></str:Naglowek>")
                .append("<str:Adresaci><meta:Podmiot><inst:Instytucja><inst:NazwaInstytucji>")
                .append(escape(spec.recipientName())).append("</inst:NazwaInstytucji></inst:Instytucja></meta:Podmiot></str:Adresaci>")
                .append("<str:Nadawcy><meta:Podmiot>");
        Sender s = spec.sender();
        if (s == Sender.PERSON) {
            x.append("<oso:Osoba><oso:IdOsoby><oso:PESEL>").append(s.pesel()).append("</oso:PESEL></oso:IdOsoby>")
                    .append("<oso:Imie>").append(escape(s.imie())).append("</oso:Imie>")
                    .append("<oso:Nazwisko>").append(escape(s.nazwiskoNazwa())).append("</oso:Nazwisko>")
                    .append("<adr:Adres><adr:KodPocztowy>").append(Sender.KOD_POCZTOWY).append("</adr:KodPocztowy>")
                    .append("<adr:Miejscowosc>").append(Sender.MIEJSCOWOSC).append("</adr:Miejscowosc>")
                    .append("<adr:Ulica>").append(Sender.ULICA).append("</adr:Ulica>")
                    .append("<adr:Budynek>").append(Sender.BUDYNEK).append("</adr:Budynek></adr:Adres>")
                    .append("</oso:Osoba>");
        } else {
            x.append("<inst:Instytucja><inst:NazwaInstytucji>").append(escape(s.nazwiskoNazwa()))
                    .append("</inst:NazwaInstytucji></inst:Instytucja>");
        }
        x.append("</meta:Podmiot></str:Nadawcy>")
                .append("</wnio:DaneDokumentu>")
                .append("<wnio:TrescDokumentu format=\"text/xml\" kodowanie=\"XML\">")
                .append("<wnio:Wartosc>").append(textXml).append("</wnio:Wartosc>");
        if (spec.attachments() > 0) {
            x.append("<str:Zalaczniki>");
            for (int i = 1; i <= spec.attachments(); i++) {
                x.append("<str:Zalacznik format=\"application/pdf\" kodowanie=\"base64\" nazwaPliku=\"zalacznik-")
                        .append(spec.number()).append('-').append(i).append(".pdf\"><str:DaneZalacznika>")
                        .append(Base64.getEncoder().encodeToString(pdfLike(spec.number() * 1000 + i, spec.attachmentKb() * 1024)))
                        .append("</str:DaneZalacznika></str:Zalacznik>");
            }
            x.append("</str:Zalaczniki>");
        }
        x.append("</wnio:TrescDokumentu>")
                .append("</wnio:Dokument>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A deterministic, per-letter identifier of the filled-in form. */
    static String formId(LetterSpec spec) {
        return UUID.nameUUIDFromBytes(("edugmina-epuap-sim:" + spec.number() + ":" + spec.created())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * {@code size} bytes that look like a PDF to a sniffer ({@code %PDF-1.4} … {@code %%EOF}) with
     * deterministic pseudo-random content for {@code seed}. Not a valid PDF.
     */
    public static byte[] pdfLike(long seed, int size) {
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] b = new byte[Math.max(size, head.length + tail.length)];
        new SplittableRandom(seed).nextBytes(b);
        System.arraycopy(head, 0, b, 0, head.length);
        System.arraycopy(tail, 0, b, b.length - tail.length, tail.length);
        return b;
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
