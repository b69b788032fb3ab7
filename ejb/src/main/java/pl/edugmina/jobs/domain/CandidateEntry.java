package pl.edugmina.jobs.domain;

import pl.edugmina.common.FieldChecks;
import pl.edugmina.common.FieldProblem;
import pl.edugmina.registry.domain.validation.Email;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static pl.edugmina.common.FieldChecks.stripToNull;

/**
 * What a candidate enters on the public form: name, e-mail, subjects, qualifications, the offers applied to, and the
 * required consent to the processing of their data. Nothing else is asked (no PESEL, address or phone). The entry is
 * kept {@link #RETENTION_MONTHS} months, then deleted.
 */
public record CandidateEntry(String fullName, String email, String subjects, String qualifications, boolean consent, Set<Long> offerIds) {

    public static final int RETENTION_MONTHS = 12;
    public static final int MAX_OFFERS = 20;
    /** The consent clause the candidate agreed to, kept with the entry (its version is the date). */
    public static final String CONSENT_TEXT = "Wyrażam zgodę na przetwarzanie moich danych osobowych (imię i nazwisko, adres e-mail, "
            + "nauczane przedmioty, kwalifikacje) przez Wydział Oświaty i placówki, do których ofert się zgłaszam, w celu prowadzenia "
            + "miejskiego banku ofert pracy dla nauczycieli, przez 12 miesięcy od zgłoszenia. Zgodę mogę wycofać w każdej chwili. [2026-01]";

    public record Problem(String field, String messageKey, List<Object> arguments) implements FieldProblem {
    }

    public CandidateEntry normalised() {
        return new CandidateEntry(stripToNull(fullName), email == null ? null : Email.normalize(email), stripToNull(subjects),
                stripToNull(qualifications), consent, offerIds == null ? Set.of() : new LinkedHashSet<>(offerIds));
    }

    public List<Problem> problems() {
        FieldChecks<Problem> p = new FieldChecks<>(Problem::new);
        p.requiredText("fullName", fullName, 200);
        if (p.required("email", email) && !Email.isValid(email.strip())) {
            p.add("email", "validation.email");
        }
        p.requiredText("subjects", subjects, 500);
        p.requiredText("qualifications", qualifications, 5000);
        if (!consent) {
            p.add("consent", "job.consent.required");
        }
        if (offerIds != null && offerIds.size() > MAX_OFFERS) {
            p.add("offerIds", "job.offers.tooMany", MAX_OFFERS);
        }
        return p.list();
    }

    /** When an entry made at {@code at} is deleted. */
    public static Instant expiresAt(Instant at) {
        return at.atZone(ZoneId.of("Europe/Warsaw")).plusMonths(RETENTION_MONTHS).toInstant();
    }
}
