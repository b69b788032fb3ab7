package pl.edugmina.recruitment.application;

import jakarta.enterprise.context.ApplicationScoped;
import pl.edugmina.correspondence.application.InboundFormHandler;

/**
 * Recruitment applications sent as e-forms through ePUAP ({@link RecruitmentForm}) are handed to the recruitment module:
 * the register marks them {@value #KIND} and the service bus matches each to the parent's draft
 * ({@link EpuapApplications}). No JRWA class is set: the project keeps no JRWA list yet, and an item the module cannot
 * take goes back to an official, who classifies it.
 */
@ApplicationScoped
public class RecruitmentFormHandler implements InboundFormHandler {

    public static final String KIND = "RECRUITMENT";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String jrwa() {
        return null;
    }

    @Override
    public boolean handles(String formNamespace, String formId) {
        return RecruitmentForm.NS.equals(formNamespace);
    }
}
