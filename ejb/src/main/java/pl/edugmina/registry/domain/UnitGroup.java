package pl.edugmina.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A user-defined group of units, e.g. "przedszkola dzielnicy Czechów". */
@Entity
@Table(name = "unit_group")
public class UnitGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_group_seq")
    @SequenceGenerator(name = "unit_group_seq", sequenceName = "unit_group_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToMany
    @JoinTable(name = "unit_group_member",
            joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> members = new HashSet<>();

    @Version
    private int version;

    protected UnitGroup() {
    }

    public UnitGroup(String name, String description) {
        rename(name, description);
        this.createdAt = Instant.now();
    }

    public void rename(String name, String description) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("group name required");
        }
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public void replaceMembers(Set<Unit> units) {
        members.clear();
        members.addAll(units);
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String description() { return description; }
    public Set<Unit> members() { return Set.copyOf(members); }
    public int version() { return version; }
}
