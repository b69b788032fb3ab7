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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** A unit (placówka) of the registry, with the fields of RSPO. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "rspo_number", nullable = false, unique = true)
    private Integer rspoNumber;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name")
    private String shortName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id", nullable = false)
    private UnitType type;

    @Column(name = "public_unit", nullable = false)
    private boolean publicUnit;

    @Column(name = "running_body")
    private String runningBody;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    private String regon;
    private String nip;
    private String street;
    @Column(name = "building_no")
    private String buildingNo;
    @Column(name = "flat_no")
    private String flatNo;
    @Column(name = "postal_code")
    private String postalCode;
    private String locality;
    @Column(name = "teryt_voivodeship")
    private String terytVoivodeship;
    @Column(name = "teryt_county")
    private String terytCounty;
    @Column(name = "teryt_commune")
    private String terytCommune;
    @Column(name = "teryt_locality")
    private String terytLocality;
    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;
    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;
    private String phone;
    private String email;
    private String website;
    @Column(name = "epuap_address")
    private String epuapAddress;
    @Column(name = "director_name")
    private String directorName;
    @Column(name = "active_from")
    private LocalDate activeFrom;
    @Column(name = "active_to")
    private LocalDate activeTo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Unit() {
    }

    /** Registers a new unit. The data must already be valid. */
    public static Unit register(UnitData data, UnitType type, Unit parent) {
        Unit u = new Unit();
        u.createdAt = Instant.now();
        u.apply(data, type, parent);
        return u;
    }

    /** Changes everything the form or an import may change. */
    public void update(UnitData data, UnitType type, Unit parent) {
        apply(data, type, parent);
    }

    /** Changes only contact and descriptive data: what a unit's own staff may change. */
    public void updateContactData(UnitData data) {
        this.shortName = data.shortName();
        this.street = data.street();
        this.buildingNo = data.buildingNo();
        this.flatNo = data.flatNo();
        this.postalCode = data.postalCode();
        this.locality = data.locality();
        this.phone = data.phone();
        this.email = data.email();
        this.website = data.website();
        this.epuapAddress = data.epuapAddress();
        this.directorName = data.directorName();
        this.updatedAt = Instant.now();
    }

    private void apply(UnitData d, UnitType type, Unit parent) {
        if (parent != null && (parent == this || Objects.equals(parent.id, id) && id != null)) {
            throw new IllegalArgumentException("a unit cannot be its own parent");
        }
        this.rspoNumber = d.rspoNumber();
        this.name = d.name();
        this.shortName = d.shortName();
        this.type = type;
        this.publicUnit = d.publicUnit();
        this.runningBody = d.runningBody();
        this.parent = parent;
        this.regon = d.regon();
        this.nip = d.nip();
        this.street = d.street();
        this.buildingNo = d.buildingNo();
        this.flatNo = d.flatNo();
        this.postalCode = d.postalCode();
        this.locality = d.locality();
        this.terytVoivodeship = d.terytVoivodeship();
        this.terytCounty = d.terytCounty();
        this.terytCommune = d.terytCommune();
        this.terytLocality = d.terytLocality();
        this.latitude = scale(d.latitude());
        this.longitude = scale(d.longitude());
        this.phone = d.phone();
        this.email = d.email();
        this.website = d.website();
        this.epuapAddress = d.epuapAddress();
        this.directorName = d.directorName();
        this.activeFrom = d.activeFrom();
        this.activeTo = d.activeTo();
        this.updatedAt = Instant.now();
    }

    private static BigDecimal scale(BigDecimal b) {
        return b == null ? null : b.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    /** The unit's data as the form and the importer see it. */
    public UnitData toData() {
        return new UnitData(rspoNumber, name, shortName, type.id(), publicUnit, runningBody,
                parent == null ? null : parent.rspoNumber, regon, nip, street, buildingNo, flatNo,
                postalCode, locality, terytVoivodeship, terytCounty, terytCommune, terytLocality,
                latitude, longitude, phone, email, website, epuapAddress, directorName, activeFrom, activeTo);
    }

    /** Field → value, for the audit log's before/after. */
    public Map<String, String> snapshot() {
        return toData().fields();
    }

    public boolean isActiveOn(LocalDate day) {
        return (activeFrom == null || !day.isBefore(activeFrom)) && (activeTo == null || !day.isAfter(activeTo));
    }

    public String address() {
        StringBuilder sb = new StringBuilder();
        if (street != null) {
            sb.append(street);
        }
        if (buildingNo != null) {
            sb.append(sb.isEmpty() ? "" : " ").append(buildingNo);
            if (flatNo != null) {
                sb.append('/').append(flatNo);
            }
        }
        if (postalCode != null || locality != null) {
            sb.append(sb.isEmpty() ? "" : ", ");
            if (postalCode != null) {
                sb.append(postalCode).append(' ');
            }
            if (locality != null) {
                sb.append(locality);
            }
        }
        return sb.toString().strip();
    }

    public Long id() { return id; }
    public Integer rspoNumber() { return rspoNumber; }
    public String name() { return name; }
    public String shortName() { return shortName; }
    public UnitType type() { return type; }
    public boolean publicUnit() { return publicUnit; }
    public String runningBody() { return runningBody; }
    public Unit parent() { return parent; }
    public String regon() { return regon; }
    public String nip() { return nip; }
    public String street() { return street; }
    public String buildingNo() { return buildingNo; }
    public String flatNo() { return flatNo; }
    public String postalCode() { return postalCode; }
    public String locality() { return locality; }
    public String terytVoivodeship() { return terytVoivodeship; }
    public String terytCounty() { return terytCounty; }
    public String terytCommune() { return terytCommune; }
    public String terytLocality() { return terytLocality; }
    public BigDecimal latitude() { return latitude; }
    public BigDecimal longitude() { return longitude; }
    public String phone() { return phone; }
    public String email() { return email; }
    public String website() { return website; }
    public String epuapAddress() { return epuapAddress; }
    public String directorName() { return directorName; }
    public LocalDate activeFrom() { return activeFrom; }
    public LocalDate activeTo() { return activeTo; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }
}
