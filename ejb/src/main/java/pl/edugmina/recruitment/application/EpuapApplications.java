package pl.edugmina.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.recruitment.application.RecruitmentApplications.Submitted;
import pl.edugmina.recruitment.domain.applications.GuardianName;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A recruitment application received as a signed e-form through ePUAP, matched to the parent's portal draft and
 * submitted (channel EPUAP). The e-form names the draft by its number ({@code NumerWniosku}); it is matched only when the
 * draft exists in the same campaign and can still be submitted, the child is the same (the PESEL, or, for a child
 * without one, the first name, surname and birth date), the list of preferences and the criteria are those of the draft
 * (the signed document is what is submitted), and the signer is a guardian the draft names. Anything else is refused
 * with {@link EpuapNotMatched} (a reason in Polish, never the PESEL) and nothing is written: the service bus then leaves
 * the item in the correspondence register for an official.
 *
 * <p>Called by the service bus in its own transaction, which also records the item's outcome in the register.
 */
@Stateless
public class EpuapApplications {

    private static final Locale PL = new Locale("pl", "PL");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private RecruitmentApplications applications;

    /**
     * Matches and submits.
     *
     * @param signerName the signer's name as the signature gives it (Profil Zaufany's description, or the certificate's)
     * @param signer     how the register and the application show the signer
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Submitted submit(EpuapApplication form, String signerName, String signer, byte[] document, Instant signedAt, long inboundId) {
        long n = form.number();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select campaign_id, status, pesel, child_first_name, child_last_name, birth_date, guardian1_name, guardian2_name, code
                from recruitment_application where id = ?1 for update""").setParameter(1, n).getResultList();
        if (rows.isEmpty()) {
            throw new EpuapNotMatched("unknown", "na portalu nie ma wniosku nr " + n + " (numer z e-formularza)", n);
        }
        Object[] r = rows.get(0);
        long campaignId = ((Number) r[0]).longValue();
        String status = (String) r[1];
        if (form.campaignId() != null && form.campaignId() != campaignId) {
            throw new EpuapNotMatched("campaign", "e-formularz dotyczy innego naboru niż wniosek nr " + n, n);
        }
        switch (status) {
            case "DRAFT", "RETURNED", "SIGNING" -> {
            }
            case "WITHDRAWN" -> throw new EpuapNotMatched("withdrawn", "wniosek nr " + n + " został wycofany", n);
            default -> throw new EpuapNotMatched("alreadySubmitted", "wniosek nr " + n + " został już złożony (kod kandydata " + r[8] + ")", n);
        }
        String pesel = (String) r[2];
        LocalDate birth = r[5] == null ? null : ((Date) r[5]).toLocalDate();
        if (pesel != null) {
            if (!pesel.equals(strip(form.pesel()))) {
                throw new EpuapNotMatched("child", "PESEL dziecka w e-formularzu nie zgadza się z wnioskiem nr " + n, n);
            }
        } else if (strip(form.pesel()) != null) {
            throw new EpuapNotMatched("child", "e-formularz podaje PESEL dziecka, a wniosek nr " + n + " go nie ma", n);
        } else if (!same((String) r[3], form.childFirstName()) || !same((String) r[4], form.childLastName())
                || birth == null || !birth.equals(form.birthDate())) {
            throw new EpuapNotMatched("child", "imię, nazwisko lub data urodzenia dziecka w e-formularzu nie zgadzają się z wnioskiem nr " + n, n);
        }
        @SuppressWarnings("unchecked")
        List<Number> prefs = em.createNativeQuery("select class_id from recruitment_application_preference where application_id = ?1 order by rank")
                .setParameter(1, n).getResultList();
        if (!prefs.stream().map(Number::longValue).toList().equals(form.preferences())) {
            throw new EpuapNotMatched("content", "lista preferencji w e-formularzu różni się od wniosku nr " + n + " zapisanego na portalu", n);
        }
        @SuppressWarnings("unchecked")
        List<String> criteria = em.createNativeQuery("select code from recruitment_application_criterion where application_id = ?1")
                .setParameter(1, n).getResultList();
        if (!new HashSet<>(criteria).equals(new HashSet<>(form.criteria()))) {
            throw new EpuapNotMatched("content", "kryteria w e-formularzu różnią się od wniosku nr " + n + " zapisanego na portalu", n);
        }
        if (!GuardianName.signedBy((String) r[6], signerName) && !GuardianName.signedBy((String) r[7], signerName)) {
            throw new EpuapNotMatched("signer", "podpisał " + signerName + ", a nie rodzic (opiekun) wskazany we wniosku nr " + n, n);
        }
        try {
            return applications.receivedThroughEpuap(n, document, signer, signedAt, inboundId);
        } catch (EpuapNotMatched e) {
            throw e;
        } catch (ValidationException e) {
            throw new EpuapNotMatched("incomplete", "wniosek nr " + n + " zapisany na portalu jest niekompletny (" + e.violations().stream()
                    .map(ValidationException.Violation::field).distinct().collect(Collectors.joining(", ")) + ")", n);
        } catch (BusinessException e) {
            throw new EpuapNotMatched(refusal(e.messageKey()), switch (e.messageKey()) {
                case "recruitment.apply.closed" -> "nabór nie przyjmuje teraz wniosków (poza terminem z harmonogramu)";
                case "recruitment.apply.duplicate" -> "dla tego dziecka złożono już inny wniosek w tym naborze (kod kandydata " + e.arguments().get(0)
                        + "); zastąpienie go rodzic potwierdza na portalu";
                case "recruitment.apply.alreadySubmitted" -> "wniosek nr " + n + " został już złożony";
                default -> "wniosku nr " + n + " nie można złożyć (" + e.messageKey() + ")";
            }, n);
        }
    }

    private static String refusal(String key) {
        return switch (key) {
            case "recruitment.apply.closed" -> "closed";
            case "recruitment.apply.duplicate" -> "duplicate";
            case "recruitment.apply.alreadySubmitted" -> "alreadySubmitted";
            default -> "refused";
        };
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && Objects.equals(a.strip().toLowerCase(PL), b.strip().toLowerCase(PL));
    }

    private static String strip(String s) {
        return RecruitmentApplications.strip(s);
    }
}
