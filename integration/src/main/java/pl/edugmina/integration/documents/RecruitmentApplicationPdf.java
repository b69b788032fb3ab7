package pl.edugmina.integration.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import pl.edugmina.recruitment.application.RecruitmentApplications.DeclaredCriterion;
import pl.edugmina.recruitment.application.RecruitmentApplications.Detail;
import pl.edugmina.recruitment.application.RecruitmentApplications.Draft;
import pl.edugmina.recruitment.application.RecruitmentApplications.Guardian;
import pl.edugmina.recruitment.application.RecruitmentApplications.PreferenceView;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import static pl.edugmina.integration.documents.RecruitmentProtocolPdf.cell;
import static pl.edugmina.integration.documents.RecruitmentProtocolPdf.group;
import static pl.edugmina.integration.documents.RecruitmentProtocolPdf.plain;
import static pl.edugmina.integration.documents.RecruitmentProtocolPdf.sectionTitle;
import static pl.edugmina.integration.documents.RecruitmentProtocolPdf.table;
import static pl.edugmina.integration.documents.RecruitmentProtocolPdf.time;

/**
 * The application a parent submitted "do wydruku" (channel PAPER), A4, to be printed, signed and brought to the
 * first-choice unit: the campaign, the candidate's code, the child (with the PESEL or the identity document, as the law
 * requires on the application), the address, the guardians, the preferences in order, the declared criteria with the
 * documents that prove them, the statement that the data are true and the guardians' signature lines. The parent's own
 * document: nothing of it is logged.
 */
public final class RecruitmentApplicationPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final String TRUE_DATA = "Oświadczam, że dane podane we wniosku są zgodne ze stanem faktycznym.";

    private RecruitmentApplicationPdf() {
    }

    /**
     * The document of a submitted application ({@code d.code()} present, not a draft and not withdrawn);
     * {@code schoolYear} (e.g. 2027/2028) may be null.
     */
    public static byte[] render(Detail d, String schoolYear, Instant at) {
        if (d.code() == null || "DRAFT".equals(d.status()) || "WITHDRAWN".equals(d.status())) {
            throw new IllegalArgumentException("application " + d.id() + " is not submitted");
        }
        Draft c = d.draft();
        ParentLetter letter = new ParentLetter("Wniosek o przyjęcie", d.code(), d.campaignName(), at);
        Document doc = letter.doc;
        Font normal = letter.normal;
        Font strong = letter.strong;
        Font section = letter.section;
        Font small = letter.small;
        String year = schoolYear == null || schoolYear.isBlank() ? "" : ", rok szkolny " + schoolYear;
        doc.add(new Paragraph("Nabór: " + d.campaignName() + year + " (" + RecruitmentProtocolPdf.type(d.campaignType()) + ")", normal));
        Paragraph code = new Paragraph("Kod kandydata: " + d.code(), strong);
        code.setSpacingBefore(6);
        doc.add(code);
        doc.add(new Paragraph("Wniosek nr " + d.id() + ", złożony w systemie " + time(d.submittedAt()) + " do wydruku", normal));

        doc.add(sectionTitle("Dane kandydata", section));
        PdfPTable child = table(new float[] {34, 66}, new String[] {"Dane", "Wartość"}, strong);
        row(child, "Imię i nazwisko", join(c.childFirstName(), c.childLastName()), normal);
        row(child, "Data urodzenia", c.birthDate() == null ? "–" : DATE.format(c.birthDate()), normal);
        if (c.pesel() != null && !c.pesel().isBlank()) {
            row(child, "PESEL", c.pesel(), normal);
        } else {
            row(child, "Seria i numer dokumentu tożsamości (brak numeru PESEL)", c.identityDocument(), normal);
        }
        row(child, "Adres zamieszkania", address(c), normal);
        doc.add(child);

        doc.add(sectionTitle("Rodzice (opiekunowie prawni)", section));
        PdfPTable guardians = table(new float[] {6, 38, 34, 22}, new String[] {"Lp.", "Imię i nazwisko", "E-mail", "Telefon"}, strong);
        guardian(guardians, 1, c.guardian1(), normal);
        if (c.guardian2() != null) {
            guardian(guardians, 2, c.guardian2(), normal);
        }
        doc.add(guardians);

        doc.add(sectionTitle("Wybrane placówki w kolejności preferencji", section));
        PdfPTable prefs = table(new float[] {8, 92}, new String[] {"Lp.", "Placówka – oddział (grupa)"}, strong);
        for (PreferenceView v : d.preferences()) {
            prefs.addCell(cell(String.valueOf(v.rank()), normal, Element.ALIGN_RIGHT));
            prefs.addCell(cell(v.offered() == null ? "–" : v.offered().label(), v.rank() == 1 ? strong : normal, Element.ALIGN_LEFT));
        }
        doc.add(prefs);

        doc.add(sectionTitle("Kryteria wskazane we wniosku", section));
        if (d.criteria().isEmpty()) {
            doc.add(new Paragraph("Nie wskazano kryteriów.", normal));
        } else {
            PdfPTable criteria = table(new float[] {50, 12, 38}, new String[] {"Kryterium", "Punkty", "Dokument potwierdzający"}, strong);
            for (DeclaredCriterion k : d.criteria()) {
                criteria.addCell(cell(k.label() + group(k.group()), normal, Element.ALIGN_LEFT));
                criteria.addCell(cell(plain(k.points()), normal, Element.ALIGN_RIGHT));
                criteria.addCell(cell(k.proof() == null || k.proof().isBlank() ? "nie wymaga dokumentu" : k.proof(), normal, Element.ALIGN_LEFT));
            }
            doc.add(criteria);
        }
        // the documents to attach, each once, with the criteria it proves
        Map<String, String> proofs = new LinkedHashMap<>();
        for (DeclaredCriterion k : d.criteria()) {
            if (k.proof() != null && !k.proof().isBlank()) {
                proofs.merge(k.proof(), k.label(), (a, b) -> a + "; " + b);
            }
        }
        Paragraph attach = new Paragraph(proofs.isEmpty()
                ? "Do wniosku nie trzeba dołączać dokumentów potwierdzających kryteria."
                : "Do wniosku należy dołączyć:", strong);
        attach.setSpacingBefore(8);
        doc.add(attach);
        int n = 0;
        for (Map.Entry<String, String> p : proofs.entrySet()) {
            Paragraph item = new Paragraph(++n + ". " + p.getKey() + " (kryterium: " + p.getValue() + ")", normal);
            item.setIndentationLeft(12);
            doc.add(item);
        }

        doc.add(sectionTitle("Oświadczenie", section));
        doc.add(new Paragraph(TRUE_DATA, normal));
        doc.add(new Paragraph("Oświadczenia potwierdzające spełnianie kryteriów składa się pod rygorem odpowiedzialności karnej za składanie "
                + "fałszywych oświadczeń (art. 150 ust. 6 ustawy – Prawo oświatowe).", normal));

        PdfPTable signatures = new PdfPTable(new float[] {50, 50});
        signatures.setWidthPercentage(100);
        signatures.setSpacingBefore(30);
        for (int i = 1; i <= 2; i++) {
            signatures.addCell(signature(i, i == 1 ? c.guardian1() : c.guardian2(), normal, small));
        }
        doc.add(signatures);

        String firstChoice = d.preferences().stream().filter(p -> p.rank() == 1 && p.offered() != null).map(p -> p.offered().unitName())
                .findFirst().orElse("placówki pierwszego wyboru");
        Paragraph where = new Paragraph("Podpisany wniosek wraz z dokumentami potwierdzającymi kryteria należy dostarczyć do placówki pierwszego "
                + "wyboru: " + firstChoice + ", w terminie składania wniosków. Komisja rekrutacyjna rozpatruje wniosek dopiero po jego "
                + "otrzymaniu.", strong);
        where.setSpacingBefore(18);
        doc.add(where);
        Paragraph note = new Paragraph("Dokument wygenerowany z systemu EduGmina; zawiera dane osobowe dziecka – przechowuj go bezpiecznie.", small);
        note.setSpacingBefore(12);
        doc.add(note);
        return letter.bytes();
    }

    private static void row(PdfPTable t, String label, String value, Font font) {
        t.addCell(cell(label, font, Element.ALIGN_LEFT));
        t.addCell(cell(value == null || value.isBlank() ? "–" : value, font, Element.ALIGN_LEFT));
    }

    private static void guardian(PdfPTable t, int n, Guardian g, Font font) {
        t.addCell(cell(String.valueOf(n), font, Element.ALIGN_RIGHT));
        t.addCell(cell(g == null ? "–" : dash(g.name()), font, Element.ALIGN_LEFT));
        t.addCell(cell(g == null ? "–" : dash(g.email()), font, Element.ALIGN_LEFT));
        t.addCell(cell(g == null ? "–" : dash(g.phone()), font, Element.ALIGN_LEFT));
    }

    /** Place and date, the line to sign and whose signature it is. */
    private static PdfPCell signature(int n, Guardian g, Font font, Font small) {
        Paragraph p = new Paragraph();
        p.add(new Paragraph("Miejscowość i data: ..................................", font));
        Paragraph line = new Paragraph("..................................................", font);
        line.setSpacingBefore(26);
        p.add(line);
        p.add(new Paragraph("Podpis rodzica (opiekuna prawnego) " + n, small));
        if (g != null && g.name() != null && !g.name().isBlank()) {
            p.add(new Paragraph(g.name(), small));
        }
        PdfPCell cell = new PdfPCell();
        cell.addElement(p);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingRight(12);
        return cell;
    }

    private static String address(Draft c) {
        String street = join(c.street(), c.houseNumber()) + (c.flat() == null || c.flat().isBlank() ? "" : "/" + c.flat());
        return street + ", " + join(c.postalCode(), c.locality());
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).trim();
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
