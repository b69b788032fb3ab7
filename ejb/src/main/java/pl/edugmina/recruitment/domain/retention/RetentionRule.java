package pl.edugmina.recruitment.domain.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long a campaign keeps the data of the candidates it did not admit (Prawo oświatowe, art. 160: the data of candidates
 * not admitted are kept for a year, unless an appeal or a complaint about the decision is pending). The year runs from
 * the end of the campaign's last timetable stage, counted in the office's calendar (Europe/Warsaw): the data are kept for
 * the whole anniversary day and may be deleted from the start of the next one (a campaign whose last stage ended on
 * 31.08.2026 keeps them through 31.08.2027; one that ended on 29.02.2028 through 28.02.2029).
 *
 * <p>Drafts never submitted are nobody's application: they are deleted once the campaign is over (its last stage has
 * ended, or it is closed). Admitted candidates are never deleted by this rule (they are kept while the child attends).
 */
public final class RetentionRule {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Warsaw");
    public static final int YEARS_KEPT = 1;

    private RetentionRule() {
    }

    /** The first instant at which a campaign whose last stage ended at {@code lastStageEnd} may lose its non-admitted candidates. */
    public static Instant deletableFrom(Instant lastStageEnd) {
        LocalDate end = lastStageEnd.atZone(OFFICE_ZONE).toLocalDate();
        return end.plusYears(YEARS_KEPT).plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant();
    }

    /** Whether the non-admitted candidates of the campaign are past their retention; never for a campaign without a timetable. */
    public static boolean candidatesDue(Instant lastStageEnd, Instant now) {
        return lastStageEnd != null && !now.isBefore(deletableFrom(lastStageEnd));
    }

    /** Whether the campaign's drafts never submitted may go: its timetable is over, or it is closed. */
    public static boolean draftsDue(boolean closed, Instant lastStageEnd, Instant now) {
        return closed || (lastStageEnd != null && !now.isBefore(lastStageEnd));
    }
}
