package pl.edugmina.recruitment.domain.terms;

import java.time.LocalDate;

/**
 * The terms in days after the lists of admitted are announced (Prawo oświatowe art. 158 ust. 4–7 at the time of
 * writing: 7, 5, 7, 7; check the current text): to request the commission's justification, for the commission to
 * prepare it, to appeal to the director after receiving it, and for the director to decide. All counted with
 * {@link AdministrativeTerms}. Defaults in {@link #statutoryDefaults()}.
 */
public record RecruitmentTerms(int justificationRequestDays, int justificationDays, int appealDays, int appealDecisionDays) {

    public RecruitmentTerms {
        if (justificationRequestDays < 1 || justificationDays < 1 || appealDays < 1 || appealDecisionDays < 1) {
            throw new IllegalArgumentException("every term is at least one day");
        }
    }

    public static RecruitmentTerms statutoryDefaults() {
        return new RecruitmentTerms(7, 5, 7, 7);
    }

    public LocalDate lastDayToRequestJustification(AdministrativeTerms terms, LocalDate listsAnnounced) {
        return terms.endOfDays(listsAnnounced, justificationRequestDays);
    }

    public LocalDate lastDayToPrepareJustification(AdministrativeTerms terms, LocalDate requestReceived) {
        return terms.endOfDays(requestReceived, justificationDays);
    }

    public LocalDate lastDayToAppeal(AdministrativeTerms terms, LocalDate justificationReceived) {
        return terms.endOfDays(justificationReceived, appealDays);
    }

    public LocalDate lastDayToDecideAppeal(AdministrativeTerms terms, LocalDate appealReceived) {
        return terms.endOfDays(appealReceived, appealDecisionDays);
    }
}
