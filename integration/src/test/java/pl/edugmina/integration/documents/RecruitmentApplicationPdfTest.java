package pl.edugmina.integration.documents;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import pl.edugmina.recruitment.application.RecruitmentApplications.DeclaredCriterion;
import pl.edugmina.recruitment.application.RecruitmentApplications.Detail;
import pl.edugmina.recruitment.application.RecruitmentApplications.Draft;
import pl.edugmina.recruitment.application.RecruitmentApplications.Guardian;
import pl.edugmina.recruitment.application.RecruitmentApplications.OfferedClass;
import pl.edugmina.recruitment.application.RecruitmentApplications.PreferenceView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecruitmentApplicationPdfTest {

    static final OfferedClass FIRST = new OfferedClass(11, 7, "Przedszkole nr 5 „Słoneczko”", "Grupa A", null, 25);
    static final OfferedClass SECOND = new OfferedClass(12, 8, "Przedszkole nr 9", "Grupa B", "integracyjna", 20);
    static final OfferedClass THIRD = new OfferedClass(13, 9, "Przedszkole nr 12", "Grupa C", null, 20);

    static final DeclaredCriterion MANY_CHILDREN = new DeclaredCriterion("WIELODZIETNOSC", "STATUTORY", "Wielodzietność rodziny kandydata",
            new BigDecimal("1.00"), "Oświadczenie o wielodzietności", null, null);
    static final DeclaredCriterion WORK = new DeclaredCriterion("PRACA", "MUNICIPAL", "Oboje rodzice pracują lub studiują",
            new BigDecimal("20.00"), "Zaświadczenia pracodawców", null, null);
    static final DeclaredCriterion SIBLING = new DeclaredCriterion("RODZENSTWO", "MUNICIPAL", "Rodzeństwo uczęszcza do tej placówki",
            new BigDecimal("15.00"), null, null, null);

    static Detail detail(String status, String code, String pesel, String document, Guardian second, List<DeclaredCriterion> criteria) {
        Draft draft = new Draft("Zofia", "Łęcka", LocalDate.of(2022, 3, 15), pesel, document, "Lublin", "ul. Żeglarska", "5", "12",
                "20-016", new Guardian("Marta Łęcka", "marta@example.pl", "600200300"), second, List.of(12L, 11L, 13L),
                criteria.stream().map(DeclaredCriterion::code).toList());
        return new Detail(41, 3, 5, "Nabór do przedszkoli", "KINDERGARTEN", 3, status, "PAPER", code, draft,
                List.of(new PreferenceView(1, SECOND, null, null, null), new PreferenceView(2, FIRST, null, null, null),
                        new PreferenceView(3, THIRD, null, null, null)),
                criteria, List.of(), List.of(), Instant.parse("2027-03-02T10:15:00Z"), null, null, null, null, true, false, true, List.of());
    }

    /** The text of every page, white space (a cell's line wrapping) as single spaces. */
    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    @Test
    void theApplicationToPrintHasTheChildThePreferencesInOrderTheCriteriaWithTheirProofAndTwoSignatureLines() throws Exception {
        byte[] pdf = RecruitmentApplicationPdf.render(detail("SUBMITTED", "P-ABCD234", "22231510022", null,
                new Guardian("Piotr Łęcki", "piotr@example.pl", null), List.of(MANY_CHILDREN, WORK, SIBLING)), "2027/2028",
                Instant.parse("2027-03-02T10:20:00Z"));
        assertThat(new PdfReader(pdf).getInfo().get("Title")).isEqualTo("Wniosek o przyjęcie – P-ABCD234");
        String text = text(pdf);
        assertThat(text).contains("Wniosek o przyjęcie").contains("Nabór do przedszkoli, rok szkolny 2027/2028 (przedszkola)")
                .contains("Kod kandydata: P-ABCD234").contains("Zofia Łęcka").contains("15.03.2022").contains("PESEL 22231510022")
                .contains("ul. Żeglarska 5/12, 20-016 Lublin")
                // the table's cells come out of the text one after another, in their rows' order
                .containsSubsequence("Marta Łęcka", "marta@example.pl", "600200300", "Piotr Łęcki", "piotr@example.pl")
                .contains("02.03.2027 11:20");
        // the preferences in the parent's order (the second class of the offer first)
        assertThat(text).containsSubsequence("1 Przedszkole nr 9 – Grupa B (integracyjna)", "2 Przedszkole nr 5 „Słoneczko” – Grupa A",
                "3 Przedszkole nr 12 – Grupa C");
        // every criterion with its points and proof, and the list of documents to attach
        assertThat(text).containsSubsequence("Wielodzietność rodziny kandydata (ustawowe)", "1,00", "Oświadczenie o wielodzietności",
                        "Oboje rodzice pracują lub studiują (gminne)", "20,00", "Zaświadczenia pracodawców",
                        "Rodzeństwo uczęszcza do tej placówki (gminne)", "15,00", "nie wymaga dokumentu")
                .containsSubsequence("Do wniosku należy dołączyć:", "1. Oświadczenie o wielodzietności (kryterium: Wielodzietność rodziny kandydata)",
                        "2. Zaświadczenia pracodawców (kryterium: Oboje rodzice pracują lub studiują)", "Oświadczenie");
        assertThat(text).contains("Oświadczam, że dane podane we wniosku są zgodne ze stanem faktycznym")
                .containsSubsequence("Miejscowość i data", "Podpis rodzica (opiekuna prawnego) 1", "Marta Łęcka",
                        "Miejscowość i data", "Podpis rodzica (opiekuna prawnego) 2", "Piotr Łęcki")
                // where to bring it: the unit of preference 1
                .contains("do placówki pierwszego wyboru: Przedszkole nr 9, w terminie składania wniosków");
    }

    @Test
    void aChildWithoutPeselShowsTheDocumentAndWithoutCriteriaNothingIsToAttachButBothSignatureLinesStay() throws Exception {
        String text = text(RecruitmentApplicationPdf.render(detail("VERIFIED", "P-XYZW789", null, "AB1234567", null, List.of()), null,
                Instant.now()));
        assertThat(text).contains("Seria i numer dokumentu tożsamości").contains("AB1234567").doesNotContain("PESEL ")
                .contains("Nie wskazano kryteriów.").contains("Do wniosku nie trzeba dołączać dokumentów").doesNotContain("należy dołączyć")
                .contains("Nabór do przedszkoli (przedszkola)").doesNotContain("rok szkolny")
                .contains("Podpis rodzica (opiekuna prawnego) 1").contains("Podpis rodzica (opiekuna prawnego) 2");
    }

    @Test
    void aDraftOrAWithdrawnApplicationIsNotPrinted() {
        assertThatThrownBy(() -> RecruitmentApplicationPdf.render(detail("DRAFT", null, "22231510022", null, null, List.of()), null,
                Instant.now())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecruitmentApplicationPdf.render(detail("WITHDRAWN", "P-ABCD234", "22231510022", null, null, List.of()),
                null, Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }
}
