package pl.edugmina.integration.recruitment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import pl.edugmina.correspondence.application.InboundItemRegistered;
import pl.edugmina.recruitment.application.RecruitmentFormHandler;

/**
 * Hands each register item of kind RECRUITMENT to {@link RecruitmentEpuapIntake} once its registration has committed
 * (nothing happens for a registration rolled back). If this delivery is lost (a crash right after the commit), the
 * sweeper route {@code recruitment.epuap.sweep} finds the item without an outcome and handles it.
 */
@ApplicationScoped
public class RecruitmentEpuapListener {

    @EJB
    private RecruitmentEpuapIntake intake;

    void registered(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboundItemRegistered event) {
        if (RecruitmentFormHandler.KIND.equals(event.kind())) {
            intake.process(event.correspondenceId());
        }
    }
}
