package pl.edugmina.registry.domain;

import pl.edugmina.common.ValidationException.Violation;
import pl.edugmina.registry.domain.validation.Email;
import pl.edugmina.registry.domain.validation.EpuapAddress;
import pl.edugmina.registry.domain.validation.Nip;
import pl.edugmina.registry.domain.validation.Phone;
import pl.edugmina.registry.domain.validation.PostalCode;
import pl.edugmina.registry.domain.validation.Regon;
import pl.edugmina.registry.domain.validation.Teryt;
import pl.edugmina.registry.domain.validation.WebsiteUrl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that describes a unit, as entered on the form or read from RSPO.
 * {@link #validate()} lists every broken field rule with a message key.
 */
public record UnitData(
        Integer rspoNumber,
        String name,
        String shortName,
        Integer typeId,
        boolean publicUnit,
        String runningBody,
        Integer parentRspoNumber,
        String regon,
        String nip,
        String street,
        String buildingNo,
        String flatNo,
        String postalCode,
        String locality,
        String terytVoivodeship,
        String terytCounty,
        String terytCommune,
        String terytLocality,
        BigDecimal latitude,
        BigDecimal longitude,
        String phone,
        String email,
        String website,
        String epuapAddress,
        String directorName,
        LocalDate activeFrom,
        LocalDate activeTo) {

    public UnitData {
        name = clean(name);
        shortName = clean(shortName);
        runningBody = clean(runningBody);
        regon = clean(regon) == null ? null : Regon.normalize(regon);
        nip = clean(nip) == null ? null : Nip.normalize(nip);
        street = clean(street);
        buildingNo = clean(buildingNo);
        flatNo = clean(flatNo);
        postalCode = clean(postalCode);
        locality = clean(locality);
        terytVoivodeship = clean(terytVoivodeship);
        terytCounty = clean(terytCounty);
        terytCommune = clean(terytCommune);
        terytLocality = clean(terytLocality);
        phone = clean(phone);
        email = clean(email);
        website = clean(website);
        epuapAddress = clean(epuapAddress);
        directorName = clean(directorName);
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * Field name → value as text, in declaration order (decimals without trailing zeros, so 51.25
     * and 51.250000 are the same value): the audit log's before/after and the import's comparison.
     */
    public Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        for (var c : UnitData.class.getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(this);
                m.put(c.getName(), v == null ? null : v instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : v.toString());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return m;
    }

    public List<Violation> validate() {
        List<Violation> v = new ArrayList<>();
        if (rspoNumber == null || rspoNumber <= 0) {
            v.add(new Violation("rspoNumber", "unit.rspoNumber.invalid"));
        }
        if (name == null) {
            v.add(new Violation("name", "validation.required"));
        } else if (name.length() > 400) {
            v.add(new Violation("name", "validation.tooLong", 400));
        }
        if (shortName != null && shortName.length() > 60) {
            v.add(new Violation("shortName", "validation.tooLong", 60));
        }
        if (typeId == null) {
            v.add(new Violation("typeId", "validation.required"));
        }
        if (regon != null && !Regon.isValid(regon)) {
            v.add(new Violation("regon", "unit.regon.invalid"));
        }
        if (nip != null && !Nip.isValid(nip)) {
            v.add(new Violation("nip", "unit.nip.invalid"));
        }
        if (postalCode != null && !PostalCode.isValid(postalCode)) {
            v.add(new Violation("postalCode", "unit.postalCode.invalid"));
        }
        if (email != null && !Email.isValid(email)) {
            v.add(new Violation("email", "validation.email"));
        }
        if (phone != null && !Phone.isValid(phone)) {
            v.add(new Violation("phone", "validation.phone"));
        }
        if (website != null && !WebsiteUrl.isValid(website)) {
            v.add(new Violation("website", "validation.website"));
        }
        if (epuapAddress != null && !EpuapAddress.isValid(epuapAddress)) {
            v.add(new Violation("epuapAddress", "unit.epuapAddress.invalid"));
        }
        if (terytVoivodeship != null && !Teryt.isValidVoivodeship(terytVoivodeship)) {
            v.add(new Violation("terytVoivodeship", "unit.teryt.invalid"));
        }
        if (terytCounty != null && !Teryt.isValidCounty(terytCounty)) {
            v.add(new Violation("terytCounty", "unit.teryt.invalid"));
        }
        if (terytCommune != null && !Teryt.isValidCommune(terytCommune)) {
            v.add(new Violation("terytCommune", "unit.teryt.invalid"));
        }
        if (terytLocality != null && !Teryt.isValidLocality(terytLocality)) {
            v.add(new Violation("terytLocality", "unit.teryt.invalid"));
        }
        if (latitude != null && (latitude.compareTo(BigDecimal.valueOf(-90)) < 0 || latitude.compareTo(BigDecimal.valueOf(90)) > 0)) {
            v.add(new Violation("latitude", "unit.geo.invalid"));
        }
        if (longitude != null && (longitude.compareTo(BigDecimal.valueOf(-180)) < 0 || longitude.compareTo(BigDecimal.valueOf(180)) > 0)) {
            v.add(new Violation("longitude", "unit.geo.invalid"));
        }
        if (activeFrom != null && activeTo != null && activeTo.isBefore(activeFrom)) {
            v.add(new Violation("activeTo", "unit.activeTo.beforeFrom"));
        }
        return v;
    }
}
