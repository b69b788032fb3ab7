package pl.edugmina.web.portal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.ConflictException;
import pl.edugmina.integration.pz.TrustedProfile;
import pl.edugmina.integration.recruitment.RecruitmentSigningService;
import pl.edugmina.recruitment.application.RecruitmentApplications;
import pl.edugmina.recruitment.application.RecruitmentApplications.CampaignCriterion;
import pl.edugmina.recruitment.application.RecruitmentApplications.Detail;
import pl.edugmina.recruitment.application.RecruitmentApplications.Draft;
import pl.edugmina.recruitment.application.RecruitmentApplications.Guardian;
import pl.edugmina.recruitment.application.RecruitmentApplications.OfferedClass;
import pl.edugmina.recruitment.application.RecruitmentApplications.OpenCampaign;
import pl.edugmina.recruitment.application.RecruitmentApplications.Submitted;
import pl.edugmina.web.support.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * portal/recruitment/application.xhtml: a parent's application in a recruitment campaign. A new one ({@code campaign})
 * or a draft ({@code id}) is a form: the child, the home address, the guardians, the list of preferences (added from
 * the offer, moved up and down, removed), the criteria declared; saved as a draft, submitted to be printed, or sent to
 * Profil Zaufany for signing. A submitted one shows its status, points, outcome, history and what the parent may do.
 */
@Named
@ViewScoped
public class RecruitmentApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentApplications applications;

    @Inject
    private RecruitmentSigningService signing;

    @Inject
    private pl.edugmina.recruitment.application.RecruitmentAppeals appeals;

    private Long id;
    private Long campaignId;
    private Detail detail;
    private OpenCampaign campaign;
    private long version;

    private String childFirstName;
    private String childLastName;
    private LocalDate birthDate;
    private String pesel;
    private String identityDocument;
    private String locality;
    private String street;
    private String houseNumber;
    private String flat;
    private String postalCode;
    private String guardian1Name;
    private String guardian1Email;
    private String guardian1Phone;
    private String guardian2Name;
    private String guardian2Email;
    private String guardian2Phone;
    private List<Long> preferences = new ArrayList<>();
    private List<String> criteria = new ArrayList<>();
    private boolean replaceConfirmed;
    private boolean duplicateFound;
    private String withdrawReason;
    private Submitted submitted;
    private transient String availableOptions;
    private List<Long> availableFor = List.of();
    private pl.edugmina.recruitment.application.RecruitmentAppeals.Rights rights;
    private transient org.primefaces.model.file.UploadedFile upload;
    private String fileCode;
    private String appealContent;

    /** f:viewAction: loads the application or the campaign of a new one. */
    public void load() {
        try {
            if (id != null) {
                detail = applications.detail(id);
                campaign = applications.campaignForm(detail.campaignId());
                campaignId = detail.campaignId();
                version = detail.version();
                fill(detail.draft());
            } else if (campaignId != null) {
                campaign = applications.openCampaign(campaignId);
                if (campaign == null) {
                    Faces.error("recruitment.apply.closed");
                }
            }
        } catch (BusinessException e) {
            Faces.show(e, "applicationForm");
        }
    }

    private void fill(Draft d) {
        childFirstName = d.childFirstName();
        childLastName = d.childLastName();
        birthDate = d.birthDate();
        pesel = d.pesel();
        identityDocument = d.identityDocument();
        locality = d.locality();
        street = d.street();
        houseNumber = d.houseNumber();
        flat = d.flat();
        postalCode = d.postalCode();
        if (d.guardian1() != null) {
            guardian1Name = d.guardian1().name();
            guardian1Email = d.guardian1().email();
            guardian1Phone = d.guardian1().phone();
        }
        if (d.guardian2() != null) {
            guardian2Name = d.guardian2().name();
            guardian2Email = d.guardian2().email();
            guardian2Phone = d.guardian2().phone();
        }
        preferences = new ArrayList<>(d.preferences());
        criteria = new ArrayList<>(d.criteria());
    }

    private Draft draft() {
        return new Draft(childFirstName, childLastName, birthDate, pesel, identityDocument, locality, street, houseNumber, flat, postalCode,
                new Guardian(guardian1Name, guardian1Email, guardian1Phone), new Guardian(guardian2Name, guardian2Email, guardian2Phone),
                preferences, criteria);
    }

    // ---------------------------------------------------------------- the list of preferences

    /*
     * The list is built in the browser (js/recruitment-preferences.js) and comes back with the form as the class ids in
     * order (the hidden field "preferences"); the service checks it (offered classes, no class twice, the campaign's
     * limit) when the draft is saved or submitted.
     */

    /** The list for the hidden field: class ids in order, comma-separated. */
    public String getPreferenceIds() {
        return preferences.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    public void setPreferenceIds(String ids) {
        List<Long> out = new ArrayList<>();
        for (String s : ids == null ? new String[0] : ids.split(",")) {
            try {
                if (!s.isBlank()) {
                    out.add(Long.valueOf(s.strip()));
                }
            } catch (NumberFormatException e) {
                // not a class id: only a changed page sends one; the rest of the list stands
            }
        }
        preferences = out;
    }

    /**
     * The hidden field is immediate: the list is taken before the other fields are checked, so a page shown again
     * with an error in another field (a date, say) shows the list as the parent left it.
     */
    public void preferencesChanged(jakarta.faces.event.ValueChangeEvent e) {
        setPreferenceIds((String) e.getNewValue());
    }

    /** The classes on the list, in order (index from 0). */
    public List<OfferedClass> getChosen() {
        if (campaign == null) {
            return List.of();
        }
        List<OfferedClass> out = new ArrayList<>();
        for (Long p : preferences) {
            campaign.classes().stream().filter(c -> c.id() == p).findFirst().ifPresent(out::add);
        }
        return out;
    }

    /**
     * The menu's options: the offer's classes not yet on the list, as HTML built once per change of the list (a city's
     * offer has hundreds of classes: no component or expression per class). Each option carries its place in the offer
     * and the class's label, so a class taken off the list goes back to its place.
     */
    public String getAvailableOptions() {
        if (campaign == null) {
            return "";
        }
        if (availableOptions == null || !availableFor.equals(preferences)) {
            StringBuilder b = new StringBuilder();
            // the message once for the whole menu, not once per class (each look-up finds the locale through CDI)
            String seats = Faces.text("recruitment.apply.seats");
            List<OfferedClass> classes = campaign.classes();
            for (int i = 0; i < classes.size(); i++) {
                OfferedClass c = classes.get(i);
                if (!preferences.contains(c.id())) {
                    b.append("<option value=\"").append(c.id()).append("\" data-pos=\"").append(i).append("\" data-label=\"")
                            .append(html(c.label())).append("\">").append(html(optionLabel(c, seats))).append("</option>");
                }
            }
            availableOptions = b.toString();
            availableFor = new ArrayList<>(preferences);
        }
        return availableOptions;
    }

    /** A class as the menu names it: the label and the seats. */
    public String optionLabel(OfferedClass c) {
        return optionLabel(c, Faces.text("recruitment.apply.seats"));
    }

    private static String optionLabel(OfferedClass c, String seats) {
        return c.label() + " – " + seats + " " + c.seats();
    }

    /** A class's place in the offer (the menu's order). */
    public int position(OfferedClass c) {
        return campaign == null ? 0 : campaign.classes().indexOf(c);
    }

    private static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    public boolean isListFull() {
        return campaign != null && preferences.size() >= campaign.maxPreferences();
    }

    public boolean isShortList() {
        return campaign != null && preferences.size() < campaign.maxPreferences();
    }

    public List<CampaignCriterion> getCampaignCriteria() {
        return campaign == null ? List.of() : campaign.criteria();
    }

    // ---------------------------------------------------------------- actions

    /** Saves the draft (a new one is created); stays on the form. */
    public String save() {
        try {
            saveDraft();
            Faces.info("recruitment.apply.saved");
            return null;
        } catch (BusinessException e) {
            showFailure(e);
            return null;
        }
    }

    private void saveDraft() {
        writeDraft();
        reread();
    }

    /**
     * Writes the draft without reading it back: for a submission that follows at once (it reads the application itself,
     * and the page reads it once after); {@link #reread} when the submission fails, for the status and the version.
     */
    private void writeDraft() {
        if (id == null) {
            id = applications.create(campaignId, draft());
        } else {
            applications.update(id, version, draft());
        }
    }

    private void reread() {
        if (id != null) {
            detail = applications.detail(id);
            version = detail.version();
        }
    }

    /** Saves the draft and attaches the chosen file (the criterion it proves, if chosen). */
    public String attach() {
        try {
            saveDraft();
            if (upload == null || upload.getSize() == 0) {
                throw new pl.edugmina.common.ValidationException(List.of(new pl.edugmina.common.ValidationException.Violation("file",
                        "validation.required")));
            }
            applications.attach(id, fileCode, upload.getFileName(), upload.getContent());
            detail = applications.detail(id);
            version = detail.version();
            fileCode = null;
            Faces.info("recruitment.apply.attached");
        } catch (BusinessException e) {
            showFailure(e);
        }
        return null;
    }

    public void removeFile(long attachmentId) {
        try {
            applications.removeAttachment(id, attachmentId);
            detail = applications.detail(id);
            version = detail.version();
        } catch (BusinessException e) {
            showFailure(e);
        }
    }

    /** Saves and submits on paper: the parent prints the application and brings it signed. */
    public String submitOnPaper() {
        boolean written = false;
        try {
            writeDraft();
            written = true;
            submitted = applications.submitOnPaper(id, replaceConfirmed);
            reread();
            duplicateFound = false;
            return null;
        } catch (BusinessException e) {
            if (written) {
                reread();
            }
            showFailure(e);
            return null;
        }
    }

    /** Saves and sends the application to Profil Zaufany; the browser goes there. */
    public void sign() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        boolean written = false;
        try {
            writeDraft();
            written = true;
            var started = signing.start(id, replaceConfirmed, PortalLetterBacking.appUrl(fc.getExternalContext()));
            fc.getExternalContext().redirect(started.signingUrl());
        } catch (BusinessException e) {
            if (written) {
                reread();
            }
            showFailure(e);
        } catch (TrustedProfile.TrustedProfileException e) {
            reread();
            Faces.error("portal.signing.unavailable", e.getMessage());
        }
    }

    private void showFailure(BusinessException e) {
        if (e instanceof ConflictException c && "recruitment.apply.duplicate".equals(c.messageKey())) {
            duplicateFound = true;
        }
        BusinessException named = e;
        for (Map.Entry<String, String> r : Map.of("guardian1.name", "guardian1Name", "guardian1.email", "guardian1Email",
                "guardian1.phone", "guardian1Phone", "guardian2.name", "guardian2Name", "guardian2.email", "guardian2Email",
                "guardian2.phone", "guardian2Phone").entrySet()) {
            named = Faces.renamed(named, r.getKey(), r.getValue());
        }
        Faces.show(named, "applicationForm");
    }

    public String withdraw() {
        try {
            applications.withdraw(id, withdrawReason);
            detail = applications.detail(id);
            Faces.info("recruitment.apply.withdrawnDone");
            return null;
        } catch (BusinessException e) {
            Faces.show(e, "actionsForm");
            return null;
        }
    }

    public void newPin() {
        try {
            submitted = applications.newPin(id);
            detail = applications.detail(id);
        } catch (BusinessException e) {
            Faces.show(e, "actionsForm");
        }
    }

    public String confirmWill() {
        try {
            applications.confirmWill(id);
            detail = applications.detail(id);
            Faces.info("recruitment.apply.confirmedDone");
            return null;
        } catch (BusinessException e) {
            Faces.show(e, "actionsForm");
            return null;
        }
    }

    /** The request for the justification and the appeal: shown once the lists are out. */
    public pl.edugmina.recruitment.application.RecruitmentAppeals.Rights getRights() {
        if (rights == null && detail != null && detail.outcome() != null) {
            rights = appeals.rights(id);
        }
        return rights;
    }

    public void requestJustification() {
        fileAppeal(false);
    }

    public void appeal() {
        fileAppeal(true);
    }

    private void fileAppeal(boolean appeal) {
        try {
            if (appeal) {
                appeals.appeal(id, appealContent);
            } else {
                appeals.requestJustification(id, appealContent);
            }
            appealContent = null;
            rights = null;
            detail = applications.detail(id);
            Faces.info("recruitment.appeal.filed");
        } catch (BusinessException e) {
            Faces.show(Faces.renamed(e, "content", "appealContent"), "appealForm");
        }
    }

    public String getAppealContent() { return appealContent; }
    public void setAppealContent(String v) { this.appealContent = v; }

    // ---------------------------------------------------------------- view helpers

    /**
     * Whether "Złóż do wydruku" goes straight to the service as one JSON request from the page's script
     * (js/recruitment-submit.js, ADR 0017): a new application not saved yet, outside a secondary school's campaign (its
     * results are entered on the saved draft). What the service does not accept is sent again as the form, which saves
     * the draft and shows the messages next to the fields.
     */
    public boolean isQuickSubmit() {
        return id == null && campaign != null && !"SECONDARY".equals(campaign.type());
    }

    public boolean isEditable() {
        return campaign != null && (detail == null ? id == null : detail.editable());
    }

    public String criterionLabel(String code) {
        return getCampaignCriteria().stream().filter(c -> Objects.equals(c.code(), code)).map(CampaignCriterion::label).findFirst().orElse(code);
    }

    public String warning(String key) {
        return Faces.text(key);
    }

    // ---------------------------------------------------------------- properties

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getCampaignId() { return campaignId; }
    public void setCampaignId(Long campaignId) { this.campaignId = campaignId; }
    public Detail getDetail() { return detail; }
    public OpenCampaign getCampaign() { return campaign; }
    public Submitted getSubmitted() { return submitted; }
    public boolean isDuplicateFound() { return duplicateFound; }
    public String getChildFirstName() { return childFirstName; }
    public void setChildFirstName(String v) { this.childFirstName = v; }
    public String getChildLastName() { return childLastName; }
    public void setChildLastName(String v) { this.childLastName = v; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { this.birthDate = v; }
    public String getPesel() { return pesel; }
    public void setPesel(String v) { this.pesel = v; }
    public String getIdentityDocument() { return identityDocument; }
    public void setIdentityDocument(String v) { this.identityDocument = v; }
    public String getLocality() { return locality; }
    public void setLocality(String v) { this.locality = v; }
    public String getStreet() { return street; }
    public void setStreet(String v) { this.street = v; }
    public String getHouseNumber() { return houseNumber; }
    public void setHouseNumber(String v) { this.houseNumber = v; }
    public String getFlat() { return flat; }
    public void setFlat(String v) { this.flat = v; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { this.postalCode = v; }
    public String getGuardian1Name() { return guardian1Name; }
    public void setGuardian1Name(String v) { this.guardian1Name = v; }
    public String getGuardian1Email() { return guardian1Email; }
    public void setGuardian1Email(String v) { this.guardian1Email = v; }
    public String getGuardian1Phone() { return guardian1Phone; }
    public void setGuardian1Phone(String v) { this.guardian1Phone = v; }
    public String getGuardian2Name() { return guardian2Name; }
    public void setGuardian2Name(String v) { this.guardian2Name = v; }
    public String getGuardian2Email() { return guardian2Email; }
    public void setGuardian2Email(String v) { this.guardian2Email = v; }
    public String getGuardian2Phone() { return guardian2Phone; }
    public void setGuardian2Phone(String v) { this.guardian2Phone = v; }
    public List<String> getCriteria() { return criteria; }
    public void setCriteria(List<String> v) { this.criteria = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public boolean isReplaceConfirmed() { return replaceConfirmed; }
    public void setReplaceConfirmed(boolean v) { this.replaceConfirmed = v; }
    public String getWithdrawReason() { return withdrawReason; }
    public org.primefaces.model.file.UploadedFile getUpload() { return upload; }
    public void setUpload(org.primefaces.model.file.UploadedFile upload) { this.upload = upload; }
    public String getFileCode() { return fileCode; }
    public void setFileCode(String fileCode) { this.fileCode = fileCode; }
    public void setWithdrawReason(String v) { this.withdrawReason = v; }
}
