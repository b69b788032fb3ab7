package pl.edugmina.jobs.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class JobBankRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

    @Test
    void aCandidateMustConsentAndGiveAnAddressThatWorks() {
        CandidateEntry without = new CandidateEntry("Jan Nowak", "jan.nowak@example", "fizyka", "Magister fizyki", false, Set.of(1L));
        assertThat(without.problems()).extracting(CandidateEntry.Problem::field).containsExactly("email", "consent");
        CandidateEntry ok = new CandidateEntry(" Jan Nowak ", "Jan.Nowak@Example.ORG", "fizyka", "Magister fizyki", true, Set.of(1L)).normalised();
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.fullName()).isEqualTo("Jan Nowak");
        assertThat(ok.email()).endsWith("@example.org");
    }

    @Test
    void anEntryIsKeptTwelveMonths() {
        assertThat(CandidateEntry.expiresAt(Instant.parse("2026-03-15T10:00:00Z"))).isEqualTo(Instant.parse("2027-03-15T10:00:00Z"));
    }

    @Test
    void anOfferNeedsAFutureDeadlineBeforeTheWorkStarts() {
        JobOfferDraft past = new JobOfferDraft("Nauczyciel matematyki", new BigDecimal("18"), TODAY.plusDays(30), TODAY.minusDays(1), null);
        assertThat(past.problems(TODAY)).extracting(JobOfferDraft.Problem::field).containsExactly("deadline");
        JobOfferDraft afterStart = new JobOfferDraft("Nauczyciel matematyki", new BigDecimal("18"), TODAY.plusDays(5), TODAY.plusDays(6), null);
        assertThat(afterStart.problems(TODAY)).extracting(JobOfferDraft.Problem::messageKey).containsExactly("job.deadline.afterStart");
        JobOfferDraft tooMany = new JobOfferDraft(" ", new BigDecimal("61"), TODAY.plusDays(30), TODAY, null);
        assertThat(tooMany.problems(TODAY)).extracting(JobOfferDraft.Problem::field).containsExactly("position", "hoursPerWeek");
        assertThat(new JobOfferDraft("Pedagog szkolny", new BigDecimal("22.5"), TODAY.plusDays(30), TODAY, null).problems(TODAY)).isEmpty();
    }

    @Test
    void aClosedOrLateOfferTakesNoApplications() {
        JobOffer o = new JobOffer(7L, new JobOfferDraft("Logopeda", new BigDecimal("10"), TODAY.plusDays(30), TODAY.plusDays(10), null),
                "dyrektor", Instant.now());
        assertThat(o.acceptsApplications(TODAY)).isTrue();
        assertThat(o.acceptsApplications(TODAY.plusDays(10))).as("on the deadline day").isTrue();
        assertThat(o.acceptsApplications(TODAY.plusDays(11))).isFalse();
        o.close(Instant.now());
        assertThat(o.acceptsApplications(TODAY)).isFalse();
    }
}
