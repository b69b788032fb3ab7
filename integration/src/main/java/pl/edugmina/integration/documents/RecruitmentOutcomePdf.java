package pl.edugmina.integration.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import pl.edugmina.recruitment.application.RecruitmentApplications.Detail;
import pl.edugmina.recruitment.application.RecruitmentApplications.Outcome;
import pl.edugmina.recruitment.application.RecruitmentApplications.PreferenceView;

import java.time.Instant;

import static pl.edugmina.integration.documents.RecruitmentProtocolPdf.cell;
import static pl.edugmina.integration.documents.RecruitmentProtocolPdf.plain;
import static pl.edugmina.integration.documents.RecruitmentProtocolPdf.sectionTitle;
import static pl.edugmina.integration.documents.RecruitmentProtocolPdf.table;
import static pl.edugmina.integration.documents.RecruitmentProtocolPdf.time;

/**
 * The parent's copy of the published result of an application (Informacja o wyniku postępowania rekrutacyjnego), A4,
 * from what the portal shows: the campaign, the child and the candidate's code, the outcome, each preference with the
 * points the commission verified and what the allocation decided there, the confirmation of the will to attend, and
 * the parent's next steps with the law's terms. No PESEL and no PIN.
 */
public final class RecruitmentOutcomePdf {

    private RecruitmentOutcomePdf() {
    }

    /** The document for an application with a published outcome ({@code d.outcome()} not null). */
    public static byte[] render(Detail d, Instant at) {
        Outcome o = d.outcome();
        if (o == null) {
            throw new IllegalArgumentException("application " + d.id() + " has no published result");
        }
        ParentLetter letter = new ParentLetter("Informacja o wyniku postępowania rekrutacyjnego", d.code(), d.campaignName(), at);
        Document doc = letter.doc;
        Font normal = letter.normal;
        Font strong = letter.strong;
        Font section = letter.section;
        doc.add(new Paragraph("Nabór: " + d.campaignName() + " (" + RecruitmentProtocolPdf.type(d.campaignType()) + ")", normal));
        doc.add(new Paragraph("Kandydat: " + d.draft().childFirstName() + " " + d.draft().childLastName() + ", kod kandydata " + d.code(), normal));
        doc.add(new Paragraph("Wniosek nr " + d.id() + " złożony " + time(d.submittedAt()), normal));

        Paragraph verdict = new Paragraph(o.placed()
                ? "Kandydat został zakwalifikowany do: " + o.placedClass().unitName() + " – " + o.placedClass().name()
                  + " (preferencja nr " + o.preference() + ")."
                : "Kandydat nie został zakwalifikowany do żadnej z placówek wskazanych we wniosku.", strong);
        verdict.setSpacingBefore(12);
        doc.add(verdict);

        doc.add(sectionTitle("Preferencje i punkty", section));
        PdfPTable prefs = table(new float[] {6, 46, 24, 24}, new String[] {"Lp.", "Placówka – oddział", "Punkty", "Wynik"}, strong);
        for (PreferenceView v : d.preferences()) {
            prefs.addCell(cell(String.valueOf(v.rank()), normal, Element.ALIGN_RIGHT));
            String profile = v.offered().profile() == null || v.offered().profile().isBlank() ? "" : " (" + v.offered().profile() + ")";
            prefs.addCell(cell(v.offered().unitName() + " – " + v.offered().name() + profile, normal, Element.ALIGN_LEFT));
            // as the portal shows them: kindergarten and dormitory also the second stage (the council's criteria)
            String points = v.tier() != null && v.tier() > 0 ? "pierwszeństwo" : plain(v.points());
            if (v.secondTier() != null && !"CLASS_ONE".equals(d.campaignType())) {
                points += " (II etap: " + plain(v.secondTier()) + ")";
            }
            prefs.addCell(cell(points, normal, Element.ALIGN_RIGHT));
            prefs.addCell(cell(result(o, v.rank()), v.rank() == o.preference() ? strong : normal, Element.ALIGN_LEFT));
        }
        doc.add(prefs);

        doc.add(sectionTitle("Co dalej", section));
        if (o.placed()) {
            doc.add(new Paragraph(o.confirmedAt() != null
                    ? "Wola przyjęcia potwierdzona " + time(o.confirmedAt()) + "."
                    : "Zakwalifikowanie nie oznacza przyjęcia: rodzic potwierdza wolę przyjęcia w terminie podanym w harmonogramie naboru "
                      + "(w portalu: Rekrutacja, przycisk „Potwierdzam wolę przyjęcia”).", normal));
        }
        doc.add(new Paragraph("W terminie 7 dni od podania do publicznej wiadomości listy kandydatów przyjętych i nieprzyjętych rodzic może "
                + "wystąpić do komisji rekrutacyjnej z wnioskiem o sporządzenie uzasadnienia odmowy przyjęcia, a w terminie 7 dni od "
                + "otrzymania uzasadnienia wnieść do dyrektora odwołanie od rozstrzygnięcia komisji (art. 158 ustawy – Prawo oświatowe); "
                + "w portalu: Rekrutacja, przy wniosku.", normal));
        Paragraph note = new Paragraph("Dokument wygenerowany z systemu EduGmina na podstawie opublikowanych wyników naboru; nie wymaga podpisu.",
                letter.small);
        note.setSpacingBefore(16);
        doc.add(note);
        return letter.bytes();
    }

    private static String result(Outcome o, int rank) {
        if (o.placed() && rank == o.preference()) {
            return "zakwalifikowany";
        }
        return o.placed() && rank > o.preference() ? "nierozpatrywana (wyższa preferencja)" : "niezakwalifikowany";
    }
}
