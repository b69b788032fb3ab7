package pl.edugmina.registers.domain;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/**
 * What every entry of a unit's register keeps besides its own fields: the unit it belongs to (never changed), who made
 * it and when, when it last changed, and the version a correction must name. The entity keeps its own id and sequence.
 */
@MappedSuperclass
@Access(AccessType.FIELD)
public abstract class UnitRegisterEntry {

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private int version;

    protected UnitRegisterEntry() {
    }

    protected UnitRegisterEntry(long unitId, String by, Instant at) {
        this.unitId = unitId;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** A draft must come normalised and checked: one with problems here is a programming error. */
    protected static void requireNoProblems(List<?> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("a draft with problems: " + problems);
        }
    }

    protected void changedAt(Instant at) {
        this.updatedAt = at;
    }

    public abstract Long id();

    public long unitId() { return unitId; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }
}
