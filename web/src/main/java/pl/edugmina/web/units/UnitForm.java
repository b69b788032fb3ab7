package pl.edugmina.web.units;

import pl.edugmina.registry.domain.UnitData;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The unit edit form's command object (JSF binds to its properties). */
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer rspoNumber;
    private String name;
    private String shortName;
    private Integer typeId;
    private boolean publicUnit = true;
    private String runningBody;
    private Integer parentRspoNumber;
    private String regon;
    private String nip;
    private String street;
    private String buildingNo;
    private String flatNo;
    private String postalCode;
    private String locality;
    private String terytVoivodeship;
    private String terytCounty;
    private String terytCommune;
    private String terytLocality;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String phone;
    private String email;
    private String website;
    private String epuapAddress;
    private String directorName;
    private LocalDate activeFrom;
    private LocalDate activeTo;

    public static UnitForm of(UnitData d) {
        UnitForm f = new UnitForm();
        f.rspoNumber = d.rspoNumber();
        f.name = d.name();
        f.shortName = d.shortName();
        f.typeId = d.typeId();
        f.publicUnit = d.publicUnit();
        f.runningBody = d.runningBody();
        f.parentRspoNumber = d.parentRspoNumber();
        f.regon = d.regon();
        f.nip = d.nip();
        f.street = d.street();
        f.buildingNo = d.buildingNo();
        f.flatNo = d.flatNo();
        f.postalCode = d.postalCode();
        f.locality = d.locality();
        f.terytVoivodeship = d.terytVoivodeship();
        f.terytCounty = d.terytCounty();
        f.terytCommune = d.terytCommune();
        f.terytLocality = d.terytLocality();
        f.latitude = d.latitude();
        f.longitude = d.longitude();
        f.phone = d.phone();
        f.email = d.email();
        f.website = d.website();
        f.epuapAddress = d.epuapAddress();
        f.directorName = d.directorName();
        f.activeFrom = d.activeFrom();
        f.activeTo = d.activeTo();
        return f;
    }

    public UnitData toData() {
        return new UnitData(rspoNumber, name, shortName, typeId, publicUnit, runningBody, parentRspoNumber, regon, nip,
                street, buildingNo, flatNo, postalCode, locality, terytVoivodeship, terytCounty, terytCommune,
                terytLocality, latitude, longitude, phone, email, website, epuapAddress, directorName, activeFrom, activeTo);
    }

    public Integer getRspoNumber() { return rspoNumber; }
    public void setRspoNumber(Integer v) { rspoNumber = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getShortName() { return shortName; }
    public void setShortName(String v) { shortName = v; }
    public Integer getTypeId() { return typeId; }
    public void setTypeId(Integer v) { typeId = v; }
    public boolean isPublicUnit() { return publicUnit; }
    public void setPublicUnit(boolean v) { publicUnit = v; }
    public String getRunningBody() { return runningBody; }
    public void setRunningBody(String v) { runningBody = v; }
    public Integer getParentRspoNumber() { return parentRspoNumber; }
    public void setParentRspoNumber(Integer v) { parentRspoNumber = v; }
    public String getRegon() { return regon; }
    public void setRegon(String v) { regon = v; }
    public String getNip() { return nip; }
    public void setNip(String v) { nip = v; }
    public String getStreet() { return street; }
    public void setStreet(String v) { street = v; }
    public String getBuildingNo() { return buildingNo; }
    public void setBuildingNo(String v) { buildingNo = v; }
    public String getFlatNo() { return flatNo; }
    public void setFlatNo(String v) { flatNo = v; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    public String getLocality() { return locality; }
    public void setLocality(String v) { locality = v; }
    public String getTerytVoivodeship() { return terytVoivodeship; }
    public void setTerytVoivodeship(String v) { terytVoivodeship = v; }
    public String getTerytCounty() { return terytCounty; }
    public void setTerytCounty(String v) { terytCounty = v; }
    public String getTerytCommune() { return terytCommune; }
    public void setTerytCommune(String v) { terytCommune = v; }
    public String getTerytLocality() { return terytLocality; }
    public void setTerytLocality(String v) { terytLocality = v; }
    public BigDecimal getLatitude() { return latitude; }
    public void setLatitude(BigDecimal v) { latitude = v; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLongitude(BigDecimal v) { longitude = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { website = v; }
    public String getEpuapAddress() { return epuapAddress; }
    public void setEpuapAddress(String v) { epuapAddress = v; }
    public String getDirectorName() { return directorName; }
    public void setDirectorName(String v) { directorName = v; }
    public LocalDate getActiveFrom() { return activeFrom; }
    public void setActiveFrom(LocalDate v) { activeFrom = v; }
    public LocalDate getActiveTo() { return activeTo; }
    public void setActiveTo(LocalDate v) { activeTo = v; }
}
