package pl.edugmina.integration.epuap;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import pl.edugmina.integration.bus.WsSecuritySettings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * Builds the outbound letter: a {@code wnio:Dokument} (general letter form, the fixed CRD
 * namespaces) from a template, with a readable PDF rendering attached as {@code str:Zalacznik},
 * sealed with an enveloped XAdES-BASELINE-B signature by the system's certificate (the WS-Security
 * key, {@code EDUGMINA_WSS_*}).
 */
@ApplicationScoped
public class OutgoingDocuments {

    public static final String FORM_NS = "http://crd.gov.pl/wzor/2017/10/24/4566/";
    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter PL_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    private WsSecuritySettings wss;

    private Pkcs12SignatureToken token;
    private DSSPrivateKeyEntry key;
    private XAdESService xades;
    private BaseFont regular;
    private BaseFont bold;

    public record Letter(String registerNumber, String senderName, String senderAddress, String recipientName,
                         String recipientAddress, String subject, String body, String signedBy, String caseReference) {
    }

    public record Built(String fileName, byte[] xml, byte[] pdf) {
    }

    @PostConstruct
    void init() {
        try {
            token = new Pkcs12SignatureToken(wss.keystore(), new KeyStore.PasswordProtection(wss.keyPassword().toCharArray()));
            key = token.getKey(wss.keyAlias());
            xades = new XAdESService(new CommonCertificateVerifier());
            regular = font("liberation/LiberationSans-Regular.ttf");
            bold = font("liberation/LiberationSans-Bold.ttf");
        } catch (IOException e) {
            throw new IllegalStateException("outgoing documents cannot be prepared: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() {
        if (token != null) {
            token.close();
        }
    }

    private static BaseFont font(String resource) throws IOException {
        try (InputStream in = OutgoingDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " missing");
            }
            byte[] ttf = in.readAllBytes();
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
        }
    }

    public Built build(Letter letter) {
        byte[] pdf = pdf(letter);
        String fileName = "pismo-" + letter.registerNumber().replace('/', '-') + ".xml";
        byte[] xml = xml(letter, pdf, fileName.replace(".xml", ".pdf"));
        return new Built(fileName, seal(xml, fileName), pdf);
    }

    byte[] pdf(Letter l) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 60, 60, 60, 60);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(l.subject());
        doc.addCreator("EduGmina");
        doc.open();
        Font normal = new Font(regular, 11);
        Font strong = new Font(bold, 11);
        Font heading = new Font(bold, 14);
        Paragraph date = new Paragraph("Lublin, " + PL_DATE.format(LocalDate.now(ZONE)), normal);
        date.setAlignment(Element.ALIGN_RIGHT);
        doc.add(date);
        doc.add(new Paragraph(l.senderName(), strong));
        if (l.senderAddress() != null) {
            doc.add(new Paragraph(l.senderAddress(), normal));
        }
        doc.add(new Paragraph("Znak: " + l.registerNumber() + (l.caseReference() != null ? " (dot. " + l.caseReference() + ")" : ""), normal));
        Paragraph to = new Paragraph(20, (l.recipientName() == null ? "" : l.recipientName() + "\n") + "Adres ePUAP: " + l.recipientAddress(), strong);
        to.setIndentationLeft(250);
        to.setSpacingBefore(20);
        doc.add(to);
        Paragraph subject = new Paragraph(l.subject(), heading);
        subject.setSpacingBefore(30);
        subject.setSpacingAfter(12);
        doc.add(subject);
        for (String para : l.body().split("\\R\\s*\\R")) {
            Paragraph p = new Paragraph(14, para.strip(), normal);
            p.setSpacingAfter(8);
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            doc.add(p);
        }
        Paragraph sign = new Paragraph(l.signedBy(), normal);
        sign.setIndentationLeft(250);
        sign.setSpacingBefore(30);
        doc.add(sign);
        Paragraph seal = new Paragraph("Dokument opatrzony pieczęcią elektroniczną systemu EduGmina.", new Font(regular, 8));
        seal.setSpacingBefore(40);
        doc.add(seal);
        doc.close();
        return out.toByteArray();
    }

    static byte[] xml(Letter l, byte[] pdf, String pdfName) {
        String today = LocalDate.now(ZONE).toString();
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <wnio:Dokument xmlns:wnio="%s" xmlns:meta="%s" xmlns:str="%s" xmlns:oso="%s" xmlns:inst="%s" xmlns:adr="%s">
                  <wnio:OpisDokumentu>
                    <meta:Data typDaty="utworzony"><meta:Czas>%s</meta:Czas></meta:Data>
                    <meta:Identyfikator typIdentyfikatora="idFormularza"><meta:Wartosc>PismoOgolne</meta:Wartosc></meta:Identyfikator>
                    <meta:Identyfikator typIdentyfikatora="znakSprawy"><meta:Wartosc>%s</meta:Wartosc></meta:Identyfikator>
                  </wnio:OpisDokumentu>
                  <wnio:DaneDokumentu>
                    <str:Naglowek><str:NazwaDokumentu>%s</str:NazwaDokumentu></str:Naglowek>
                    <str:Adresaci><meta:Podmiot><inst:Instytucja><inst:NazwaInstytucji>%s</inst:NazwaInstytucji></inst:Instytucja></meta:Podmiot></str:Adresaci>
                    <str:Nadawcy><meta:Podmiot><inst:Instytucja><inst:NazwaInstytucji>%s</inst:NazwaInstytucji></inst:Instytucja></meta:Podmiot></str:Nadawcy>
                  </wnio:DaneDokumentu>
                  <wnio:TrescDokumentu format="text/xml" kodowanie="XML">
                    <wnio:Wartosc>%s</wnio:Wartosc>
                    <str:Zalaczniki>
                      <str:Zalacznik format="application/pdf" kodowanie="base64" nazwaPliku="%s"><str:DaneZalacznika>%s</str:DaneZalacznika></str:Zalacznik>
                    </str:Zalaczniki>
                  </wnio:TrescDokumentu>
                </wnio:Dokument>
                """.formatted(FORM_NS, WnioDokumentParser.META, WnioDokumentParser.STR, WnioDokumentParser.OSO, WnioDokumentParser.INST,
                WnioDokumentParser.ADR, today, esc(l.registerNumber()), esc(l.subject()),
                esc(l.recipientName() == null ? l.recipientAddress() : l.recipientName()), esc(l.senderName()),
                esc(l.body()), esc(pdfName), Base64.getEncoder().encodeToString(pdf));
        return xml.strip().getBytes(StandardCharsets.UTF_8);
    }

    byte[] seal(byte[] xml, String fileName) {
        XAdESSignatureParameters p = new XAdESSignatureParameters();
        p.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
        p.setSignaturePackaging(SignaturePackaging.ENVELOPED);
        p.setDigestAlgorithm(DigestAlgorithm.SHA256);
        p.setSigningCertificate(key.getCertificate());
        p.setCertificateChain(key.getCertificateChain());
        DSSDocument doc = new InMemoryDocument(xml, fileName, MimeTypeEnum.XML);
        ToBeSigned tbs = xades.getDataToSign(doc, p);
        SignatureValue value = token.sign(tbs, p.getDigestAlgorithm(), key);
        return DSSUtils.toByteArray(xades.signDocument(doc, p, value));
    }

    /** Text for XML content and attributes: markup characters escaped, characters XML cannot carry dropped. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
