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
import pl.edugmina.applications.application.ApplicationCallService.ListDocument;
import pl.edugmina.applications.application.ApplicationCallService.ListRow;
import pl.edugmina.common.Money;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The lists of a call for applications as PDF (OpenPDF, Liberation Sans embedded so Polish letters print): the
 * recommendation list for the mayor and the decision list (granted amounts). A4 landscape, one row per application in
 * rank order, the sum against the budget, date and who prepared it. The document's title is the call's name.
 */
public final class ApplicationListPdf {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static volatile BaseFont regular;
    private static volatile BaseFont bold;

    private ApplicationListPdf() {
    }

    public static byte[] render(ListDocument d) {
        fonts();
        Font normal = new Font(regular, 9);
        Font strong = new Font(bold, 9);
        Font heading = new Font(bold, 14);
        Font small = new Font(regular, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        String title = d.decision() ? "Rozstrzygnięcie naboru – przyznane środki" : "Lista rekomendacji dla Prezydenta Miasta";
        doc.addTitle(d.callName());
        doc.addSubject(title);
        doc.addCreator("EduGmina");
        doc.open();
        Paragraph place = new Paragraph("Wydział Oświaty, " + DATE.format(d.at().atZone(OFFICE_ZONE)), normal);
        place.setAlignment(Element.ALIGN_RIGHT);
        doc.add(place);
        Paragraph h = new Paragraph(title, heading);
        h.setSpacingBefore(6);
        doc.add(h);
        doc.add(new Paragraph(d.callName(), new Font(bold, 12)));
        doc.add(new Paragraph("Rodzaj: " + d.kindName() + " · nabór " + DATE.format(d.opensOn()) + "–" + DATE.format(d.closesOn())
                + " · budżet " + Money.format(d.budget()) + " · maksymalna suma punktów " + plain(d.maxTotal()), normal));
        PdfPTable table = new PdfPTable(new float[] {4, 7, 25, 28, 12, 9, 13});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setHeaderRows(1);
        String amountHeader = d.decision() ? "Kwota przyznana" : "Kwota rekomendowana";
        for (String head : new String[] {"Lp.", "Miejsce", "Placówka", "Tytuł wniosku", "Kwota wnioskowana", "Średnia punktów", amountHeader}) {
            PdfPCell c = new PdfPCell(new Phrase(head, strong));
            c.setGrayFill(0.9f);
            c.setPadding(4);
            table.addCell(c);
        }
        for (ListRow r : d.rows()) {
            table.addCell(cell(String.valueOf(r.position()), normal, Element.ALIGN_RIGHT));
            table.addCell(cell(r.rank() == null ? "–" : String.valueOf(r.rank()), normal, Element.ALIGN_RIGHT));
            table.addCell(cell(r.unitName(), normal, Element.ALIGN_LEFT));
            table.addCell(cell(r.title(), normal, Element.ALIGN_LEFT));
            table.addCell(cell(Money.format(r.requested()), normal, Element.ALIGN_RIGHT));
            table.addCell(cell(r.points() == null ? "–" : plain(r.points()), normal, Element.ALIGN_RIGHT));
            table.addCell(cell(r.amount() == null ? "–" : Money.format(r.amount()), strong, Element.ALIGN_RIGHT));
        }
        PdfPCell sumLabel = cell("Razem (budżet " + Money.format(d.budget()) + ", pozostaje " + Money.format(d.budget().subtract(d.total())) + ")",
                strong, Element.ALIGN_RIGHT);
        sumLabel.setColspan(6);
        table.addCell(sumLabel);
        table.addCell(cell(Money.format(d.total()), strong, Element.ALIGN_RIGHT));
        doc.add(table);
        Paragraph rule = new Paragraph(d.decision()
                ? "Kwoty przyznane rozstrzygnięciem Prezydenta Miasta. Wnioski z kwotą 0,00 zł nie otrzymały środków."
                : "Kolejność według średniej sumy punktów komisji; przy równej sumie decyduje wyższa średnia z kolejnych kryteriów, "
                + "następnie wcześniejsze złożenie wniosku. Kwoty według kolejności do wyczerpania budżetu.", small);
        rule.setSpacingBefore(8);
        doc.add(rule);
        Paragraph by = new Paragraph("Sporządził(a): " + d.by() + ", " + DATE_TIME.format(d.at().atZone(OFFICE_ZONE)), normal);
        by.setSpacingBefore(24);
        doc.add(by);
        if (!d.decision()) {
            Paragraph sign = new Paragraph("Zatwierdzam: ..............................................  (Prezydent Miasta)", normal);
            sign.setSpacingBefore(30);
            sign.setAlignment(Element.ALIGN_RIGHT);
            doc.add(sign);
        }
        doc.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(4);
        return c;
    }

    private static String plain(BigDecimal b) {
        return b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static void fonts() {
        if (bold == null) {
            synchronized (ApplicationListPdf.class) {
                if (bold == null) {
                    regular = font("liberation/LiberationSans-Regular.ttf");
                    bold = font("liberation/LiberationSans-Bold.ttf");
                }
            }
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = ApplicationListPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " missing");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
