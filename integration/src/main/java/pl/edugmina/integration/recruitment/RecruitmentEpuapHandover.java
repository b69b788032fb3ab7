package pl.edugmina.integration.recruitment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import pl.edugmina.correspondence.application.HandedOverItems;
import pl.edugmina.recruitment.application.EpuapApplication;
import pl.edugmina.recruitment.application.EpuapApplications;
import pl.edugmina.recruitment.application.RecruitmentApplications.Submitted;
import pl.edugmina.recruitment.application.RecruitmentFormHandler;

import java.time.Instant;

/**
 * One transaction: the register item is claimed (its row locked, still waiting without an outcome), the draft is matched
 * and submitted, and the outcome is written into the item's history. All of it or nothing: a refusal
 * ({@code EpuapNotMatched}, any business rule) rolls everything back, and the caller hands the item back to an official
 * in a transaction of its own.
 */
@Stateless
public class RecruitmentEpuapHandover {

    @EJB
    private HandedOverItems items;

    @EJB
    private EpuapApplications applications;

    /** The submitted application, or null when the item was handled meanwhile (a repeated delivery: nothing done). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Submitted submit(long correspondenceId, EpuapApplication form, String signerName, String signer, byte[] document,
                            Instant signedAt, long inboundId) {
        if (!items.claim(correspondenceId, RecruitmentFormHandler.KIND)) {
            return null;
        }
        Submitted s = applications.submit(form, signerName, signer, document, signedAt, inboundId);
        items.handled(correspondenceId, RecruitmentFormHandler.KIND,
                "Złożono wniosek rekrutacyjny nr " + s.id() + " (kod kandydata " + s.code() + "), podpisał: " + signer);
        return s;
    }
}
