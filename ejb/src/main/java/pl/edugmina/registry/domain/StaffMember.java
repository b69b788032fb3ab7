package pl.edugmina.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An employee in the staff directory: of the department (no unit) or of a unit. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
    @SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "first_name", nullable = false)
    private String firstName;
    @Column(name = "last_name", nullable = false)
    private String lastName;
    @Column(nullable = false)
    private String position;
    private String email;
    private String phone;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected StaffMember() {
    }

    public StaffMember(Unit unit, String firstName, String lastName, String position, String email, String phone) {
        this.unit = unit;
        this.createdAt = Instant.now();
        change(firstName, lastName, position, email, phone);
    }

    public void change(String firstName, String lastName, String position, String email, String phone) {
        this.firstName = UnitData.clean(firstName);
        this.lastName = UnitData.clean(lastName);
        this.position = UnitData.clean(position);
        this.email = UnitData.clean(email);
        this.phone = UnitData.clean(phone);
        if (this.firstName == null || this.lastName == null || this.position == null) {
            throw new IllegalArgumentException("first name, last name and position are required");
        }
    }

    public Long id() { return id; }
    public Unit unit() { return unit; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String fullName() { return firstName + " " + lastName; }
    public String position() { return position; }
    public String email() { return email; }
    public String phone() { return phone; }
    public int version() { return version; }
}
