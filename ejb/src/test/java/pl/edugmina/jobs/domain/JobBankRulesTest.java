package pl.edugmina.jobs.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void anOpenOfferIsCorrectedAndAClosedOneStaysAsItWasClosed() {
        Instant created = Instant.parse("2026-05-04T08:00:00Z");
        JobOffer o = new JobOffer(7L, new JobOfferDraft("Logopeda", new BigDecimal("10"), TODAY.plusDays(30), TODAY.plusDays(10), null),
                "dyrektor", created);
        assertThat(o.correctable()).isTrue();
        Instant corrected = created.plusSeconds(3600);
        o.change(new JobOfferDraft("Logopeda i neurologopeda", new BigDecimal("12.5"), TODAY.plusDays(40), TODAY.plusDays(20),
                "Praca z dziećmi przedszkolnymi."), corrected);
        assertThat(o.position()).isEqualTo("Logopeda i neurologopeda");
        assertThat(o.hoursPerWeek()).isEqualByComparingTo("12.5");
        assertThat(o.employmentFrom()).isEqualTo(TODAY.plusDays(40));
        assertThat(o.deadline()).isEqualTo(TODAY.plusDays(20));
        assertThat(o.description()).isEqualTo("Praca z dziećmi przedszkolnymi.");
        assertThat(o.updatedAt()).isEqualTo(corrected);
        assertThat(o.createdAt()).isEqualTo(created);
        assertThat(o.acceptsApplications(TODAY.plusDays(20))).as("the new deadline counts").isTrue();

        o.close(corrected);
        assertThat(o.correctable()).isFalse();
        JobOfferDraft late = new JobOfferDraft("Logopeda", new BigDecimal("10"), TODAY.plusDays(30), TODAY.plusDays(10), null);
        assertThatThrownBy(() -> o.change(late, Instant.now())).isInstanceOf(IllegalStateException.class);
        assertThat(o.position()).isEqualTo("Logopeda i neurologopeda");
        assertThat(o.status()).isEqualTo(JobOffer.Status.CLOSED);
    }
}
