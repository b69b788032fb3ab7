package pl.edugmina.integration.documents;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import pl.edugmina.recruitment.application.RecruitmentCommission.CriterionView;
import pl.edugmina.recruitment.application.RecruitmentCommission.PreferenceView;
import pl.edugmina.recruitment.application.RecruitmentCommission.Protocol;
import pl.edugmina.recruitment.application.RecruitmentCommission.ProtocolEntry;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecruitmentProtocolPdfTest {

    static Protocol protocol(List<String> members) {
        Instant at = Instant.parse("2027-03-20T09:30:00Z");
        ProtocolEntry verified = new ProtocolEntry("P-ABCD234", "Zofia Łęcka", "PAPER", at, "dyrektor.szkoly", null, List.of(
                new CriterionView("WIELODZIETNOSC", "STATUTORY", "Wielodzietność rodziny kandydata", new BigDecimal("1"), null, "ACCEPTED",
                        null, "dyrektor.szkoly", at, List.of()),
                new CriterionView("RODZENSTWO", "MUNICIPAL", "Rodzeństwo uczęszcza do tej placówki", new BigDecimal("15"), null, "REJECTED",
                        "Brat ukończył przedszkole w zeszłym roku", "dyrektor.szkoly", at, List.of())), List.of(
                new PreferenceView(1, 11, 7, "Przedszkole nr 5 „Słoneczko”", "Grupa A", null, 0, new BigDecimal("1.00"), new BigDecimal("20.00"), false),
                new PreferenceView(2, 12, 8, "Przedszkole nr 9", "Grupa B", "integracyjna", 0, new BigDecimal("1.00"), new BigDecimal("20.00"), false)));
        ProtocolEntry returned = new ProtocolEntry("P-XYZ9876", "Jan Żak", "PROFIL_ZAUFANY", null, null,
                "Brak oświadczenia o zatrudnieniu", List.of(), List.of());
        return new Protocol(5, "Nabór do przedszkoli 2027/2028", "KINDERGARTEN", "2027/2028", 7, "Przedszkole nr 5 „Słoneczko”", at,
                "sekretariat", List.of(verified), List.of(returned), 3, members);
    }

    @Test
    void theProtocolReadsBackWithPolishLettersDecisionsReasonsAndPoints() throws Exception {
        byte[] pdf = RecruitmentProtocolPdf.render(protocol(List.of()));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(reader.getInfo().get("Title")).isEqualTo("Protokół komisji rekrutacyjnej – Przedszkole nr 5 „Słoneczko”");
        assertThat(text.toString()).contains("Protokół komisji rekrutacyjnej").contains("Nabór do przedszkoli 2027/2028")
                .contains("20.03.2027").contains("P-ABCD234").contains("Zofia Łęcka")
                .contains("Brat ukończył przedszkole w zeszłym roku").contains("nieuznane").contains("uznane")
                .contains("Przedszkole nr 9 – Grupa B (integracyjna)").contains("20,00")
                .contains("P-XYZ9876").contains("Brak oświadczenia o zatrudnieniu")
                .contains("czekające na weryfikację: 3").contains("przewodniczący(a) komisji").contains("członek komisji");
    }

    @Test
    void theMembersNamedAreOnTheSignatureLines() throws Exception {
        PdfReader reader = new PdfReader(RecruitmentProtocolPdf.render(protocol(List.of("Anna Wiśniewska", "Piotr Ślązak"))));
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Anna Wiśniewska – przewodniczący(a) komisji").contains("Piotr Ślązak – członek komisji");
    }
}
