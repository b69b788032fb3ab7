package pl.edugmina.integration.documents;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import pl.edugmina.applications.application.ApplicationCallService.ListDocument;
import pl.edugmina.applications.application.ApplicationCallService.ListRow;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationListPdfTest {

    static ListDocument list(boolean decision) {
        return new ListDocument(decision, 7, "Granty oświatowe 2027 – „Zdrowa szkoła”", "Granty oświatowe", LocalDate.of(2026, 11, 15),
                LocalDate.of(2026, 12, 15), new BigDecimal("10000.00"), new BigDecimal("30"), List.of(
                new ListRow(1, 1, "Szkoła Podstawowa nr 12 im. Żółkiewskiego", "Ogród sensoryczny", new BigDecimal("6000.00"),
                        new BigDecimal("27.50"), new BigDecimal("6000.00")),
                new ListRow(2, 2, "Przedszkole nr 5", "Pracownia ceramiki", new BigDecimal("5000.00"), new BigDecimal("21.00"),
                        new BigDecimal("4000.00"))), new BigDecimal("10000.00"), Instant.parse("2026-12-20T09:30:00Z"), "Anna Wiśniewska");
    }

    @Test
    void theRecommendationListReadsBackWithPolishLettersAndTheSum() throws Exception {
        byte[] pdf = ApplicationListPdf.render(list(false));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(reader.getInfo().get("Title")).isEqualTo("Granty oświatowe 2027 – „Zdrowa szkoła”");
        assertThat(text).contains("Lista rekomendacji dla Prezydenta Miasta").contains("Granty oświatowe 2027 – „Zdrowa szkoła”")
                .contains("Szkoła Podstawowa nr 12 im. Żółkiewskiego").contains("6 000,00 zł").contains("10 000,00 zł")
                .contains("rekomendowana");
    }

    @Test
    void theDecisionListNamesTheGrantedAmounts() throws Exception {
        String text = new PdfTextExtractor(new PdfReader(ApplicationListPdf.render(list(true)))).getTextFromPage(1);
        assertThat(text).contains("Rozstrzygnięcie naboru – przyznane środki").contains("przyznana").contains("4 000,00 zł");
    }
}
