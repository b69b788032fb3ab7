package pl.edugmina.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** RSPO type dictionary entry (typ placówki). Read-only reference data. */
@Entity
@Table(name = "unit_type")
public class UnitType {

    @Id
    private Integer id;

    @Column(name = "name_pl", nullable = false)
    private String namePl;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String category;

    protected UnitType() {
    }

    public Integer id() {
        return id;
    }

    public String namePl() {
        return namePl;
    }

    public String nameEn() {
        return nameEn;
    }

    public String category() {
        return category;
    }

    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : namePl;
    }
}
