package pl.edugmina.web.recruitment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import pl.edugmina.common.BusinessException;
import pl.edugmina.recruitment.application.PublicResultsService;
import pl.edugmina.recruitment.application.PublicResultsService.Blocked;
import pl.edugmina.recruitment.application.PublicResultsService.Found;
import pl.edugmina.recruitment.application.PublicResultsService.Lookup;
import pl.edugmina.recruitment.application.PublicResultsService.NotYetPublic;
import pl.edugmina.recruitment.application.PublicResultsService.Refused;
import pl.edugmina.web.support.Faces;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * nabor/wyniki.xhtml: the public results page, without login: the candidate's code and PIN give the published outcome
 * (the answer stored at publication, PublicResultsService); a wrong PIN, a blocked code or results not yet public are
 * said in plain Polish next to the PIN.
 */
@Named
@RequestScoped
public class PublicResultsBacking {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(AllocationBacking.OFFICE_ZONE);

    @Inject
    private PublicResultsService results;

    private String code;
    private String pin;
    private Outcome outcome;

    /** The outcome as shown. */
    public record Outcome(String code, String campaignName, String schoolYear, boolean qualified, String placedUnit, String placedClass,
                          int placedPreference, List<Preference> preferences, boolean supplementary) {
    }

    public record Preference(int preference, String unitName, String className, BigDecimal points, boolean precedence, String result,
                             BigDecimal cutOffPoints) {
    }

    public void check() {
        outcome = null;
        try {
            Lookup l = results.lookup(null, code, pin);
            if (l instanceof Found f) {
                outcome = parse(f.answerJson());
            } else if (l instanceof Refused r) {
                pinError(r.blockedNow()
                        ? Faces.text("recruitment.results.blockedNow", PublicResultsService.maxFailures(), PublicResultsService.blockMinutes(),
                        WHEN.format(r.blockedUntil()))
                        : Faces.text("recruitment.results.refused", PublicResultsService.maxFailures(), PublicResultsService.windowMinutes(),
                        PublicResultsService.blockMinutes()));
            } else if (l instanceof Blocked b) {
                pinError(Faces.text("recruitment.results.blocked", WHEN.format(b.until())));
            } else if (l instanceof NotYetPublic n) {
                pinError(Faces.text("recruitment.results.notYet", n.campaignName(), WHEN.format(n.visibleFrom())));
            }
        } catch (BusinessException e) {
            Faces.show(e, "resultsForm");
        }
        pin = null;
    }

    private static void pinError(String text) {
        FacesContext fc = FacesContext.getCurrentInstance();
        FacesMessage m = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
        fc.addMessage("resultsForm:pin", m);
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        fc.validationFailed();
    }

    static Outcome parse(String json) {
        JsonObject o;
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            o = r.readObject();
        }
        JsonObject placed = o.get("placed") instanceof JsonObject p ? p : null;
        List<Preference> prefs = new ArrayList<>();
        for (JsonObject p : o.getJsonArray("preferences").getValuesAs(JsonObject.class)) {
            String cls = p.getString("className") + (p.get("profile") == null || p.get("profile") == JsonValue.NULL ? "" : " (" + p.getString("profile") + ")");
            prefs.add(new Preference(p.getInt("preference"), p.getString("unitName"), cls, decimal(p.get("points")),
                    p.getBoolean("precedence", false), p.getString("result"), decimal(p.get("cutOffPoints"))));
        }
        String placedClass = placed == null ? null : placed.getString("className")
                + (placed.get("profile") == JsonValue.NULL ? "" : " (" + placed.getString("profile") + ")");
        return new Outcome(o.getString("code"), o.getString("campaignName"), o.getString("schoolYear"), "QUALIFIED".equals(o.getString("outcome")),
                placed == null ? null : placed.getString("unitName"), placedClass, o.getInt("placedPreference"), prefs,
                "SUPPLEMENTARY".equals(o.getString("round", null)));
    }

    private static BigDecimal decimal(JsonValue v) {
        return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    public String points(BigDecimal p) {
        return p == null ? "—" : p.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPin() { return pin; }
    public void setPin(String pin) { this.pin = pin; }
    public Outcome getOutcome() { return outcome; }
}
