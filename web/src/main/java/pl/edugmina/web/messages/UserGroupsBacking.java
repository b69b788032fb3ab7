package pl.edugmina.web.messages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.common.ValidationException;
import pl.edugmina.messaging.application.UserGroupService;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** messages/user-groups.xhtml: the department's groups of people to write to. */
@Named
@ViewScoped
public class UserGroupsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserGroupService groups;

    private Long editing;
    private String name;
    private List<Long> memberIds = new ArrayList<>();
    private transient List<UserGroupService.Person> people;

    public List<UserGroupService.GroupRow> getRows() {
        return groups.list();
    }

    public List<UserGroupService.Person> getPeople() {
        if (people == null) {
            people = groups.people();
        }
        return people;
    }

    public void edit(long id) {
        var g = groups.get(id);
        editing = id;
        name = g.name();
        memberIds = new ArrayList<>(g.members().stream().map(UserGroupService.Person::id).toList());
    }

    public void clear() {
        editing = null;
        name = null;
        memberIds = new ArrayList<>();
    }

    public void save() {
        try {
            groups.save(editing, name, new HashSet<>(memberIds));
            Faces.info("userGroup.saved");
            clear();
        } catch (ValidationException e) {
            Faces.show(e, "groupForm");
        }
    }

    public void delete(long id) {
        groups.delete(id);
        Faces.info("userGroup.deleted");
        if (Long.valueOf(id).equals(editing)) {
            clear();
        }
    }

    public Long getEditing() { return editing; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<Long> getMemberIds() { return memberIds; }
    public void setMemberIds(List<Long> memberIds) { this.memberIds = memberIds; }
}
