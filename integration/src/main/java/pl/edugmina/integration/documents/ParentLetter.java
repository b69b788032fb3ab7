package pl.edugmina.integration.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import static pl.edugmina.integration.documents.RecruitmentProtocolPdf.time;

/**
 * What the documents a parent downloads about an application share (the application to print, the information about
 * the result): A4 with the same margins and fonts (Polish characters), the title and the candidate's code in the
 * metadata, "Wygenerowano" at the top right and the title as heading. The caller adds its content to {@link #doc} and
 * ends with {@link #bytes()}.
 */
final class ParentLetter {

    final Font normal;
    final Font strong;
    final Font heading;
    final Font section;
    final Font small;
    final Document doc;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ParentLetter(String title, String code, String subject, Instant at) {
        BaseFont[] fonts = RecruitmentProtocolPdf.fonts();
        normal = new Font(fonts[0], 10);
        strong = new Font(fonts[1], 10);
        heading = new Font(fonts[1], 14);
        section = new Font(fonts[1], 11);
        small = new Font(fonts[0], 8);
        doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title + " – " + code);
        doc.addSubject(subject);
        doc.addCreator("EduGmina");
        doc.open();
        Paragraph when = new Paragraph("Wygenerowano: " + time(at), normal);
        when.setAlignment(Element.ALIGN_RIGHT);
        doc.add(when);
        Paragraph h = new Paragraph(title, heading);
        h.setSpacingBefore(8);
        doc.add(h);
    }

    /** Closes the document; its bytes. */
    byte[] bytes() {
        doc.close();
        return out.toByteArray();
    }
}
