package pl.edugmina.recruitment.application;

import jakarta.enterprise.context.ApplicationScoped;
import pl.edugmina.correspondence.application.InboundFormHandler;

/**
 * Recruitment applications sent as e-forms through ePUAP ({@link RecruitmentForm}) are handed to the recruitment module:
 * the register marks them {@value #KIND} and the service bus matches each to the parent's draft
 * ({@link EpuapApplications}). No JRWA class is set: the project keeps no JRWA list yet, and an item the module cannot
 * take goes back to an official, who classifies it. The register's text of such an item leaves out the child's PESEL.
 */
@ApplicationScoped
public class RecruitmentFormHandler implements InboundFormHandler {

    public static final String KIND = "RECRUITMENT";
    private static final java.util.regex.Pattern ELEVEN_DIGITS = java.util.regex.Pattern.compile("(?<![0-9])[0-9]{11}(?![0-9])");

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String jrwa() {
        return null;
    }

    /**
     * The register keeps the form's text without the child's PESEL (any run of exactly 11 digits): the register's
     * readers (the chancellery, officials assigning items) have no need of it; the recruitment module reads the signed
     * original, and the application, where the law allows the PESEL, is in the module.
     */
    @Override
    public String registerText(String bodyText) {
        return ELEVEN_DIGITS.matcher(bodyText).replaceAll("[PESEL ukryty]");
    }

    @Override
    public boolean handles(String formNamespace, String formId) {
        return RecruitmentForm.NS.equals(formNamespace);
    }
}
