package pl.edugmina.integration.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import pl.edugmina.recruitment.application.RecruitmentCommission.CriterionView;
import pl.edugmina.recruitment.application.RecruitmentCommission.PreferenceView;
import pl.edugmina.recruitment.application.RecruitmentCommission.Protocol;
import pl.edugmina.recruitment.application.RecruitmentCommission.ProtocolEntry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The protocol of a unit's recruitment commission as PDF (OpenPDF, Liberation Sans embedded so Polish letters print),
 * A4 portrait: the unit, the campaign and the date; every verified application with the commission's decision on each
 * declared criterion and the points of each preference (as the allocation reads them); the rejected criteria with
 * their reasons; the applications returned for corrections; the members' signature lines.
 */
public final class RecruitmentProtocolPdf {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final int BLANK_MEMBER_LINES = 3;
    private static volatile BaseFont regular;
    private static volatile BaseFont bold;

    private RecruitmentProtocolPdf() {
    }

    public static byte[] render(Protocol p) {
        fonts();
        Font normal = new Font(regular, 9);
        Font strong = new Font(bold, 9);
        Font heading = new Font(bold, 14);
        Font section = new Font(bold, 11);
        Font small = new Font(regular, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        String title = "Protokół komisji rekrutacyjnej";
        doc.addTitle(title + " – " + p.unitName());
        doc.addSubject(p.campaignName());
        doc.addCreator("EduGmina");
        doc.open();
        Paragraph place = new Paragraph(p.unitName() + ", " + DATE.format(p.at().atZone(OFFICE_ZONE)), normal);
        place.setAlignment(Element.ALIGN_RIGHT);
        doc.add(place);
        Paragraph h = new Paragraph(title, heading);
        h.setSpacingBefore(6);
        doc.add(h);
        doc.add(new Paragraph(p.unitName(), new Font(bold, 12)));
        doc.add(new Paragraph("Nabór: " + p.campaignName() + " (" + type(p.campaignType()) + ", rok szkolny " + p.schoolYear() + ")", normal));
        doc.add(new Paragraph("Wnioski zweryfikowane: " + p.verified().size() + " · zwrócone do poprawy: " + p.returned().size()
                + " · czekające na weryfikację: " + p.awaiting(), normal));

        doc.add(sectionTitle("1. Wnioski zweryfikowane", section));
        if (p.verified().isEmpty()) {
            doc.add(new Paragraph("Komisja nie zweryfikowała jeszcze żadnego wniosku.", normal));
        }
        for (ProtocolEntry e : p.verified()) {
            Paragraph who = new Paragraph("Kandydat " + e.code() + " – " + e.child(), strong);
            who.setSpacingBefore(10);
            doc.add(who);
            doc.add(new Paragraph("Wniosek " + channel(e.channel()) + "; zweryfikował(a): " + e.verifiedBy() + ", " + time(e.verifiedAt()), small));
            PdfPTable criteria = table(new float[] {44, 10, 14, 32}, "Kryterium", "Punkty", "Decyzja", "Uzasadnienie odrzucenia", strong);
            if (e.criteria().isEmpty()) {
                PdfPCell none = cell("Rodzic nie zadeklarował żadnego kryterium.", normal, Element.ALIGN_LEFT);
                none.setColspan(4);
                criteria.addCell(none);
            }
            for (CriterionView c : e.criteria()) {
                criteria.addCell(cell(c.label() + group(c.group()), normal, Element.ALIGN_LEFT));
                criteria.addCell(cell(c.points() == null ? "–" : plain(c.points()), normal, Element.ALIGN_RIGHT));
                criteria.addCell(cell(verdict(c.verdict()), "REJECTED".equals(c.verdict()) ? strong : normal, Element.ALIGN_LEFT));
                criteria.addCell(cell(c.reason() == null ? "" : c.reason(), normal, Element.ALIGN_LEFT));
            }
            doc.add(criteria);
            PdfPTable prefs = table(new float[] {6, 52, 16, 13, 13}, "Lp.", "Placówka – oddział", "Pierwszeństwo", "Punkty", "Drugi etap", strong);
            for (PreferenceView v : e.preferences()) {
                prefs.addCell(cell(String.valueOf(v.rank()), normal, Element.ALIGN_RIGHT));
                prefs.addCell(cell(v.label(), normal, Element.ALIGN_LEFT));
                prefs.addCell(cell(v.tier() > 0 ? "tak (z obwodu)" : "–", normal, Element.ALIGN_LEFT));
                prefs.addCell(cell(plain(v.points()), strong, Element.ALIGN_RIGHT));
                prefs.addCell(cell(plain(v.secondTier()), normal, Element.ALIGN_RIGHT));
            }
            doc.add(prefs);
        }

        doc.add(sectionTitle("2. Kryteria nieuznane", section));
        List<String[]> rejected = new ArrayList<>();
        for (ProtocolEntry e : p.verified()) {
            for (CriterionView c : e.criteria()) {
                if ("REJECTED".equals(c.verdict())) {
                    rejected.add(new String[] {e.code(), c.label(), c.reason()});
                }
            }
        }
        if (rejected.isEmpty()) {
            doc.add(new Paragraph("Brak: komisja uznała wszystkie zadeklarowane kryteria zweryfikowanych wniosków.", normal));
        } else {
            PdfPTable t = table(new float[] {18, 37, 45}, "Kandydat", "Kryterium", "Powód", strong);
            for (String[] r : rejected) {
                t.addCell(cell(r[0], normal, Element.ALIGN_LEFT));
                t.addCell(cell(r[1], normal, Element.ALIGN_LEFT));
                t.addCell(cell(r[2], normal, Element.ALIGN_LEFT));
            }
            doc.add(t);
        }

        doc.add(sectionTitle("3. Wnioski zwrócone rodzicom do poprawy", section));
        if (p.returned().isEmpty()) {
            doc.add(new Paragraph("Brak.", normal));
        } else {
            PdfPTable t = table(new float[] {18, 27, 55}, "Kandydat", "Dziecko", "Powód zwrotu", strong);
            for (ProtocolEntry e : p.returned()) {
                t.addCell(cell(e.code(), normal, Element.ALIGN_LEFT));
                t.addCell(cell(e.child(), normal, Element.ALIGN_LEFT));
                t.addCell(cell(e.returnedReason(), normal, Element.ALIGN_LEFT));
            }
            doc.add(t);
        }

        Paragraph by = new Paragraph("Sporządził(a): " + p.by() + ", " + time(p.at()), normal);
        by.setSpacingBefore(18);
        doc.add(by);
        Paragraph signHeading = new Paragraph("Podpisy członków komisji:", strong);
        signHeading.setSpacingBefore(14);
        doc.add(signHeading);
        List<String> lines = new ArrayList<>();
        if (p.members().isEmpty()) {
            lines.add("przewodniczący(a) komisji");
            for (int i = 1; i <= BLANK_MEMBER_LINES; i++) {
                lines.add("członek komisji");
            }
        } else {
            for (int i = 0; i < p.members().size(); i++) {
                lines.add(p.members().get(i) + (i == 0 ? " – przewodniczący(a) komisji" : " – członek komisji"));
            }
        }
        for (String line : lines) {
            Paragraph sign = new Paragraph("..................................................  " + line, normal);
            sign.setSpacingBefore(22);
            doc.add(sign);
        }
        doc.close();
        return out.toByteArray();
    }

    static Paragraph sectionTitle(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(14);
        p.setSpacingAfter(2);
        return p;
    }

    private static PdfPTable table(float[] widths, String h1, String h2, String h3, String h4, Font strong) {
        return table(widths, new String[] {h1, h2, h3, h4}, strong);
    }

    private static PdfPTable table(float[] widths, String h1, String h2, String h3, Font strong) {
        return table(widths, new String[] {h1, h2, h3}, strong);
    }

    private static PdfPTable table(float[] widths, String h1, String h2, String h3, String h4, String h5, Font strong) {
        return table(widths, new String[] {h1, h2, h3, h4, h5}, strong);
    }

    static PdfPTable table(float[] widths, String[] heads, Font strong) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setHeaderRows(1);
        for (String head : heads) {
            PdfPCell c = new PdfPCell(new Phrase(head, strong));
            c.setGrayFill(0.9f);
            c.setPadding(3);
            t.addCell(c);
        }
        return t;
    }

    static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(3);
        return c;
    }

    private static String verdict(String v) {
        if (v == null) {
            return "nierozstrzygnięte";
        }
        return "ACCEPTED".equals(v) ? "uznane" : "nieuznane";
    }

    static String group(String g) {
        if ("STATUTORY".equals(g)) {
            return " (ustawowe)";
        }
        return "MUNICIPAL".equals(g) ? " (gminne)" : "";
    }

    static String type(String t) {
        return switch (t == null ? "" : t) {
            case "KINDERGARTEN" -> "przedszkola";
            case "CLASS_ONE" -> "klasy I szkół podstawowych";
            case "SECONDARY" -> "szkoły ponadpodstawowe";
            case "DORMITORY" -> "bursy i internaty";
            default -> String.valueOf(t);
        };
    }

    private static String channel(String c) {
        return switch (c == null ? "" : c) {
            case "PAPER" -> "papierowy (dostarczony podpisany)";
            case "PROFIL_ZAUFANY" -> "podpisany Profilem Zaufanym";
            case "EPUAP" -> "złożony przez ePUAP";
            default -> String.valueOf(c);
        };
    }

    static String time(Instant t) {
        return t == null ? "–" : DATE_TIME.format(t.atZone(OFFICE_ZONE));
    }

    static String plain(BigDecimal b) {
        return b == null ? "–" : b.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** Liberation Sans, regular and bold, loaded once (the documents of this package share them). */
    static BaseFont[] fonts() {
        if (bold == null) {
            synchronized (RecruitmentProtocolPdf.class) {
                if (bold == null) {
                    regular = font("liberation/LiberationSans-Regular.ttf");
                    bold = font("liberation/LiberationSans-Bold.ttf");
                }
            }
        }
        return new BaseFont[] {regular, bold};
    }

    private static BaseFont font(String resource) {
        try (InputStream in = RecruitmentProtocolPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " missing");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
