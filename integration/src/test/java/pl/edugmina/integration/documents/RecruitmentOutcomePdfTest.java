package pl.edugmina.integration.documents;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import pl.edugmina.recruitment.application.RecruitmentApplications.Detail;
import pl.edugmina.recruitment.application.RecruitmentApplications.Draft;
import pl.edugmina.recruitment.application.RecruitmentApplications.Guardian;
import pl.edugmina.recruitment.application.RecruitmentApplications.OfferedClass;
import pl.edugmina.recruitment.application.RecruitmentApplications.Outcome;
import pl.edugmina.recruitment.application.RecruitmentApplications.PreferenceView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecruitmentOutcomePdfTest {

    static final OfferedClass FIRST = new OfferedClass(11, 7, "Przedszkole nr 5 „Słoneczko”", "Grupa A", null, 25);
    static final OfferedClass SECOND = new OfferedClass(12, 8, "Przedszkole nr 9", "Grupa B", "integracyjna", 20);
    static final OfferedClass THIRD = new OfferedClass(13, 9, "Przedszkole nr 12", "Grupa C", null, 20);

    static Detail detail(Outcome outcome) {
        Draft draft = new Draft("Zofia", "Łęcka", LocalDate.of(2022, 3, 15), "22231510022", null, "Lublin", "ul. Żeglarska", "5", null,
                "20-016", new Guardian("Marta Łęcka", "marta@example.pl", "600200300"), null, List.of(11L, 12L, 13L), List.of());
        return new Detail(41, 3, 5, "Nabór do przedszkoli 2027/2028", "KINDERGARTEN", 3, "VERIFIED", "PROFIL_ZAUFANY", "P-ABCD234", draft,
                List.of(new PreferenceView(1, FIRST, new BigDecimal("1.00"), new BigDecimal("20.00"), 0),
                        new PreferenceView(2, SECOND, new BigDecimal("1.00"), new BigDecimal("20.00"), 0),
                        new PreferenceView(3, THIRD, new BigDecimal("1.00"), new BigDecimal("0.00"), 0)),
                List.of(), List.of(), List.of(), Instant.parse("2027-03-02T10:15:00Z"), "Marta Łęcka (Profil Zaufany)", null, null, outcome,
                true, false, false, List.of());
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    void aQualifiedChildsResultNamesTheClassThePointsAndWhatEachPreferenceGot() throws Exception {
        byte[] pdf = RecruitmentOutcomePdf.render(detail(new Outcome(true, SECOND, 2, null, true)), Instant.parse("2027-04-10T08:00:00Z"));
        assertThat(new PdfReader(pdf).getInfo().get("Title")).isEqualTo("Informacja o wyniku postępowania rekrutacyjnego – P-ABCD234");
        assertThat(text(pdf)).contains("Nabór do przedszkoli 2027/2028").contains("Zofia Łęcka").contains("P-ABCD234")
                .contains("zakwalifikowany do: Przedszkole nr 9 – Grupa B (preferencja nr 2)")
                .contains("Przedszkole nr 5 „Słoneczko” – Grupa A").contains("niezakwalifikowany")
                .contains("Przedszkole nr 12 – Grupa C").contains("nierozpatrywana").contains("1,00 (II etap: 20,00)")
                .contains("potwierdza wolę przyjęcia").contains("7 dni").contains("10.04.2027")
                .doesNotContain("22231510022");
    }

    @Test
    void aChildPlacedNowhereAndAConfirmedWillReadAsSuch() throws Exception {
        assertThat(text(RecruitmentOutcomePdf.render(detail(new Outcome(false, null, 0, null, false)), Instant.now())))
                .contains("nie został zakwalifikowany do żadnej").doesNotContain("nierozpatrywana").doesNotContain("potwierdza wolę");
        assertThat(text(RecruitmentOutcomePdf.render(detail(new Outcome(true, FIRST, 1, Instant.parse("2027-04-12T09:00:00Z"), false)),
                Instant.now()))).contains("Wola przyjęcia potwierdzona 12.04.2027 11:00");
        assertThatThrownBy(() -> RecruitmentOutcomePdf.render(detail(null), Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }
}
