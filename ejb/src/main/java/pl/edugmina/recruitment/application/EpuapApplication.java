package pl.edugmina.recruitment.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What a recruitment e-form received through ePUAP says ({@link RecruitmentForm}): the number of the parent's portal
 * draft it submits, the campaign, the child (PESEL, or another document), the list of preferences (class ids, best
 * first) and the criteria declared. Read by the service bus from the signed document; matched by
 * {@link EpuapApplications}. Never logged: {@link #toString()} leaves the child out.
 */
public record EpuapApplication(long number, Long campaignId, String childFirstName, String childLastName, LocalDate birthDate,
                               String pesel, String identityDocument, List<Long> preferences, List<String> criteria) {

    public EpuapApplication {
        preferences = preferences == null ? List.of() : List.copyOf(preferences);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    @Override
    public String toString() {
        return "EpuapApplication[number=" + number + ", campaign=" + campaignId + ", preferences=" + preferences.size() + "]";
    }
}
