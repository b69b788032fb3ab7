package pl.edugmina.recruitment.application;

import org.junit.jupiter.api.Test;
import pl.edugmina.recruitment.domain.secondary.SecondaryResults;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stored forms of a campaign's secondary configuration and of a candidate's results (jsonb), without a container. */
class SecondaryRecruitmentJsonTest {

    @Test
    void resultsSurviveTheirStoredForm() {
        SecondaryResults r = new SecondaryResults(Map.of("JEZYK_POLSKI", 80, "MATEMATYKA", 0, "JEZYK_OBCY", 100),
                Map.of("JEZYK_POLSKI", 5, "BIOLOGIA", 1), true, Map.of("KRAJOWY", 2), false, true);
        assertThat(SecondaryRecruitment.parse(SecondaryRecruitment.json(r))).isEqualTo(r);
        assertThat(SecondaryRecruitment.parse(SecondaryRecruitment.json(SecondaryRecruitment.empty()))).isEqualTo(SecondaryRecruitment.empty());
    }

    @Test
    void aNewCampaignCopiesTheLawsNumbers() {
        SecondaryRecruitment.Config d = SecondaryRecruitment.defaults();
        assertThat(d.examWeights()).containsEntry("JEZYK_POLSKI", new BigDecimal("0.35")).containsEntry("MATEMATYKA", new BigDecimal("0.35"))
                .containsEntry("JEZYK_OBCY", new BigDecimal("0.30"));
        assertThat(d.gradePoints()).containsEntry("6", new BigDecimal("18")).containsEntry("2", new BigDecimal("2"));
        assertThat(d.gradedSubjects()).isEqualTo(4);
        assertThat(d.maximum()).isEqualByComparingTo("200");
        assertThat(d.laureateTier()).isEqualTo(1);
        assertThat(d.achievements()).isNotEmpty();
        assertThat(SecondaryRecruitment.pointsConfig(d).maximum()).isEqualByComparingTo("200");
        SecondaryRecruitment.Config tooMuch = new SecondaryRecruitment.Config(d.examWeights(), d.gradePoints(), d.gradedSubjects(), d.distinction(),
                d.achievementsCap(), new BigDecimal("4"), d.maximum(), d.achievements(), d.laureateTier());
        assertThatThrownBy(() -> SecondaryRecruitment.pointsConfig(tooMuch)).hasMessageContaining("more than the maximum");
    }
}
