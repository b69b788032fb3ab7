package pl.edugmina.web.messages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.ValidationException;
import pl.edugmina.messaging.application.MessageService;
import pl.edugmina.registry.application.UnitGroupService;
import pl.edugmina.registry.application.UnitRegistryService;
import pl.edugmina.registry.application.UnitView;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** messages/new.xhtml: the department writes to units, unit types and groups. */
@Named
@ViewScoped
public class NewMessageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MessageService messages;

    @Inject
    private UnitGroupService groups;

    @Inject
    private UnitRegistryService units;

    private String subject;
    private String body;
    private boolean replyRequired = true;
    private LocalDate deadline = LocalDate.now().plusDays(7);
    private List<Integer> typeIds = new ArrayList<>();
    private List<Long> groupIds = new ArrayList<>();
    private List<Long> unitIds = new ArrayList<>();
    /** Only these roles in each unit; empty: everyone assigned to it. */
    private List<String> unitRoles = new ArrayList<>();
    /** Chosen people (users of units) and groups of people. */
    private List<Long> userIds = new ArrayList<>();
    private List<Long> userGroupIds = new ArrayList<>();
    @Inject
    private pl.edugmina.messaging.application.UserGroupService userGroups;
    private transient List<pl.edugmina.messaging.application.UserGroupService.Person> people;
    private transient org.primefaces.model.file.UploadedFiles uploads;
    private transient org.primefaces.model.file.UploadedFile surveyUpload;
    /** The answer form being designed: empty for none. */
    private List<FieldRow> formFields = new ArrayList<>();
    /** Set when the department answers a unit's message: the answer goes to that unit only. */
    private Long replyTo;
    private String replyToUnit;
    /** Set when the author corrects a message sent back to them. */
    private Long id;

    public void init() {
        if (replyTo != null && replyToUnit == null) {
            var original = messages.openFromUnit(replyTo);
            replyToUnit = original.unitName();
            String s = original.message().subject();
            subject = s.startsWith("Odp.: ") ? s : "Odp.: " + s;
            replyRequired = false;
            deadline = null;
        }
        if (id != null && subject == null) {
            var m = messages.tracking(id).message();
            subject = m.subject();
            body = m.bodyHtml() != null ? m.bodyHtml() : pl.edugmina.common.RichText.fromPlainText(m.body());
            replyRequired = m.replyRequired();
            deadline = m.deadline();
            typeIds = new ArrayList<>(m.unitTypeIds());
            unitRoles = new ArrayList<>(m.unitRoles().stream().map(Enum::name).toList());
            userIds = new ArrayList<>(m.userIds());
            userGroupIds = new ArrayList<>(m.userGroupIds());
            formFields = m.replyForm() == null ? new ArrayList<>() : FieldRow.of(m.replyForm());
            groupIds = new ArrayList<>(m.groupIds());
            unitIds = new ArrayList<>(m.unitIds());
        }
    }

    public String send() {
        try {
            var draft = new MessageService.Draft(subject, body, replyRequired, deadline, new HashSet<>(unitIds),
                    new HashSet<>(typeIds), new HashSet<>(groupIds), MessageService.replyForm(FieldRow.toJson(formFields)),
                    new HashSet<>(unitRoles.stream().map(pl.edugmina.security.Role::valueOf).toList()), new HashSet<>(userIds),
                    new HashSet<>(userGroupIds)).withRichBody(body == null ? "" : body);
            if (id != null) {
                messages.resubmit(id, draft);
                Faces.info("message.resubmitted");
                return "/messages/tracking?faces-redirect=true&id=" + id;
            }
            long created = replyTo != null ? messages.answerUnit(replyTo, draft, Uploads.files(uploads))
                    : messages.send(draft, Uploads.files(uploads), Uploads.file(surveyUpload));
            Faces.info("message.submitted");
            return "/messages/tracking?faces-redirect=true&id=" + created;
        } catch (pl.edugmina.common.BusinessException e) {
            Faces.show(e, "messageForm");
            return null;
        }
    }

    public void addField() {
        formFields.add(new FieldRow());
    }

    public void removeField(FieldRow f) {
        formFields.remove(f);
    }

    public void addColumn(FieldRow f) {
        f.getColumns().add(new FieldRow());
    }

    public void removeColumn(FieldRow f, FieldRow column) {
        f.getColumns().remove(column);
    }

    public List<FieldRow> getFormFields() { return formFields; }

    public List<String> getUnitRoleOptions() {
        return new java.util.TreeSet<>(pl.edugmina.security.Role.UNIT).stream().map(Enum::name).toList();
    }

    public List<pl.edugmina.messaging.application.UserGroupService.Person> getPeople() {
        if (people == null) {
            people = userGroups.people();
        }
        return people;
    }

    public List<pl.edugmina.messaging.application.UserGroupService.GroupRow> getUserGroups() {
        return userGroups.list();
    }

    public List<Long> getUserIds() { return userIds; }
    public void setUserIds(List<Long> userIds) { this.userIds = userIds; }
    public List<Long> getUserGroupIds() { return userGroupIds; }
    public void setUserGroupIds(List<Long> userGroupIds) { this.userGroupIds = userGroupIds; }
    public List<String> getUnitRoles() { return unitRoles; }
    public void setUnitRoles(List<String> unitRoles) { this.unitRoles = unitRoles; }

    public pl.edugmina.messaging.domain.ReplyForm.Type[] getFieldTypes() {
        return pl.edugmina.messaging.domain.ReplyForm.Type.values();
    }

    public List<pl.edugmina.messaging.domain.ReplyForm.Type> getColumnTypes() {
        return java.util.Arrays.stream(pl.edugmina.messaging.domain.ReplyForm.Type.values())
                .filter(t -> t != pl.edugmina.messaging.domain.ReplyForm.Type.TABLE).toList();
    }

    public List<UnitGroupService.GroupRow> getTypes() {
        return groups.builtInGroups().stream().filter(g -> g.memberCount() > 0).toList();
    }

    public List<UnitGroupService.GroupRow> getGroups() {
        return groups.customGroups();
    }

    public List<UnitView.Ref> getUnitOptions() {
        return units.openUnits();
    }

    public org.primefaces.model.file.UploadedFiles getUploads() { return uploads; }
    public void setUploads(org.primefaces.model.file.UploadedFiles uploads) { this.uploads = uploads; }
    public org.primefaces.model.file.UploadedFile getSurveyUpload() { return surveyUpload; }
    public void setSurveyUpload(org.primefaces.model.file.UploadedFile surveyUpload) { this.surveyUpload = surveyUpload; }
    public Long getReplyTo() { return replyTo; }
    public void setReplyTo(Long replyTo) { this.replyTo = replyTo; }
    public String getReplyToUnit() { return replyToUnit; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    /** What the editor sent, made safe at once (it is shown again in the editor when something else is wrong). */
    public void setBody(String body) { this.body = pl.edugmina.common.RichText.sanitize(body); }
    public boolean isReplyRequired() { return replyRequired; }
    public void setReplyRequired(boolean replyRequired) { this.replyRequired = replyRequired; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public List<Integer> getTypeIds() { return typeIds; }
    public void setTypeIds(List<Integer> typeIds) { this.typeIds = typeIds; }
    public List<Long> getGroupIds() { return groupIds; }
    public void setGroupIds(List<Long> groupIds) { this.groupIds = groupIds; }
    public List<Long> getUnitIds() { return unitIds; }
    public void setUnitIds(List<Long> unitIds) { this.unitIds = unitIds; }
}
