package pl.edugmina.recruitment.domain.retention;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionRuleTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private static Instant warsaw(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(WARSAW).toInstant();
    }

    @Test
    void nonAdmittedAreKeptThroughTheAnniversaryOfTheLastStageAndDeletableFromTheNextDay() {
        Instant end = warsaw(2026, 8, 31, 15, 0);
        assertThat(RetentionRule.deletableFrom(end)).isEqualTo(warsaw(2027, 9, 1, 0, 0));
        assertThat(RetentionRule.candidatesDue(end, warsaw(2027, 8, 31, 23, 59))).isFalse();
        assertThat(RetentionRule.candidatesDue(end, warsaw(2027, 9, 1, 0, 0))).isTrue();
        assertThat(RetentionRule.candidatesDue(end, warsaw(2026, 12, 1, 3, 37))).isFalse();
    }

    @Test
    void theYearIsCountedInTheOfficeCalendarNotInUtc() {
        // 23:30 in Warsaw on 31 August is still 31 August, though it is 21:30 UTC; and 00:30 on 1 September is 22:30 UTC on 31 August
        assertThat(RetentionRule.deletableFrom(warsaw(2026, 8, 31, 23, 30))).isEqualTo(warsaw(2027, 9, 1, 0, 0));
        assertThat(RetentionRule.deletableFrom(warsaw(2026, 9, 1, 0, 30))).isEqualTo(warsaw(2027, 9, 2, 0, 0));
    }

    @Test
    void aLeapDayEndsItsYearOnTheLastDayOfFebruary() {
        assertThat(RetentionRule.deletableFrom(warsaw(2028, 2, 29, 12, 0))).isEqualTo(warsaw(2029, 3, 1, 0, 0));
    }

    @Test
    void aCampaignWithoutATimetableIsNeverDue() {
        assertThat(RetentionRule.candidatesDue(null, Instant.now())).isFalse();
        assertThat(RetentionRule.draftsDue(false, null, Instant.now())).isFalse();
    }

    @Test
    void draftsGoWhenTheTimetableIsOverOrTheCampaignIsClosed() {
        Instant end = warsaw(2026, 8, 31, 15, 0);
        assertThat(RetentionRule.draftsDue(false, end, warsaw(2026, 8, 31, 14, 59))).isFalse();
        assertThat(RetentionRule.draftsDue(false, end, warsaw(2026, 8, 31, 15, 0))).isTrue();
        assertThat(RetentionRule.draftsDue(true, end, warsaw(2026, 6, 1, 12, 0))).isTrue();
    }
}
