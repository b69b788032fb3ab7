package pl.edugmina.integration.recruitment;

import org.junit.jupiter.api.Test;
import pl.edugmina.integration.epuap.WnioDokumentParser;
import pl.edugmina.integration.epuap.WnioDokumentParser.InvalidDocumentException;
import pl.edugmina.recruitment.application.EpuapApplication;
import pl.edugmina.recruitment.application.RecruitmentApplications.DeclaredCriterion;
import pl.edugmina.recruitment.application.RecruitmentApplications.Detail;
import pl.edugmina.recruitment.application.RecruitmentApplications.Draft;
import pl.edugmina.recruitment.application.RecruitmentApplications.Guardian;
import pl.edugmina.recruitment.application.RecruitmentApplications.OfferedClass;
import pl.edugmina.recruitment.application.RecruitmentApplications.PreferenceView;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecruitmentEFormTest {

    private static Detail application(String pesel, String document) {
        Draft draft = new Draft("Zofia", "Kowalska", LocalDate.of(2022, 3, 15), pesel, document, "Lublin", "Narutowicza", "12", null, "20-016",
                new Guardian("Anna Kowalska", "anna@example.com", null), null, List.of(71L, 70L), List.of("PRACA", "RODZENSTWO"));
        List<PreferenceView> prefs = List.of(
                new PreferenceView(1, new OfferedClass(71, 5, "Przedszkole nr 5 <Słoneczko>", "Grupa B", null, 2), null, null, null),
                new PreferenceView(2, new OfferedClass(70, 5, "Przedszkole nr 5 <Słoneczko>", "Grupa A", null, 2), null, null, null));
        List<DeclaredCriterion> criteria = List.of(
                new DeclaredCriterion("PRACA", "MUNICIPAL", "Oboje rodzice pracują", BigDecimal.TEN, null, null, null),
                new DeclaredCriterion("RODZENSTWO", "MUNICIPAL", "Rodzeństwo & inne", BigDecimal.ONE, null, null, null));
        return new Detail(4711, 3, 12, "Nabór 2027", "KINDERGARTEN", 3, "DRAFT", null, null, draft, prefs, criteria, List.of(), List.of(),
                null, null, null, null, null, true, true, true, List.of());
    }

    private static EpuapApplication read(byte[] xml) throws InvalidDocumentException {
        return RecruitmentEForm.read(WnioDokumentParser.parseXml(xml));
    }

    @Test
    void readsBackWhatThePortalWrites() throws Exception {
        EpuapApplication a = read(RecruitmentApplicationDocument.xml(application("22231512345", null), "Nabór 2027"));
        assertThat(a.number()).isEqualTo(4711);
        assertThat(a.campaignId()).isEqualTo(12L);
        assertThat(a.childFirstName()).isEqualTo("Zofia");
        assertThat(a.childLastName()).isEqualTo("Kowalska");
        assertThat(a.birthDate()).isEqualTo(LocalDate.of(2022, 3, 15));
        assertThat(a.pesel()).isEqualTo("22231512345");
        assertThat(a.identityDocument()).isNull();
        assertThat(a.preferences()).containsExactly(71L, 70L);
        assertThat(a.criteria()).containsExactly("PRACA", "RODZENSTWO");
        assertThat(a.toString()).doesNotContain("22231512345").doesNotContain("Zofia");
    }

    @Test
    void aChildWithoutPeselIsReadWithTheirDocument() throws Exception {
        EpuapApplication a = read(RecruitmentApplicationDocument.xml(application(null, "UA AB123456"), "Nabór 2027"));
        assertThat(a.pesel()).isNull();
        assertThat(a.identityDocument()).isEqualTo("UA AB123456");
    }

    @Test
    void anotherFormOrAMissingNumberIsRefusedWithAReason() {
        String portal = new String(RecruitmentApplicationDocument.xml(application("22231512345", null), "Nabór 2027"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(portal.replace("http://edugmina.pl/wzor/2026/nabor/wniosek/", "http://crd.gov.pl/wzor/2017/10/24/4566/")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("nie jest e-formularzem wniosku rekrutacyjnego");
        assertThatThrownBy(() -> read(portal.replace("<wnio:NumerWniosku>4711</wnio:NumerWniosku>", "<wnio:NumerWniosku>4711x</wnio:NumerWniosku>")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("numeru wniosku");
        assertThatThrownBy(() -> read(portal.replace("kolejnosc=\"2\"", "kolejnosc=\"5\"").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("Preferencja nr 2");
        assertThatThrownBy(() -> read(portal.replace("<wnio:DataUrodzenia>2022-03-15", "<wnio:DataUrodzenia>15.03.2022")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("datę urodzenia");
    }

    @Test
    void anElementOutsideTheApplicationIsNotTakenForIt() throws Exception {
        // a number smuggled into the (unsigned) document description is not the application's number
        String portal = new String(RecruitmentApplicationDocument.xml(application("22231512345", null), "Nabór 2027"), StandardCharsets.UTF_8);
        String moved = portal.replace("<wnio:TrescDokumentu format=\"text/xml\" kodowanie=\"XML\"><wnio:Wniosek>",
                "<wnio:NumerWniosku>1</wnio:NumerWniosku><wnio:TrescDokumentu format=\"text/xml\" kodowanie=\"XML\"><wnio:Wniosek>");
        assertThat(read(moved.getBytes(StandardCharsets.UTF_8)).number()).isEqualTo(4711);
    }
}
