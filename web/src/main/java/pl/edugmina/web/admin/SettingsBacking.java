package pl.edugmina.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.edugmina.messaging.application.MessageService;
import pl.edugmina.web.support.Faces;

import java.io.Serializable;

/** admin/settings.xhtml: settings the administrator changes at run time. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MessageService messages;

    private Boolean unitToUnit;

    public boolean isUnitToUnit() {
        if (unitToUnit == null) {
            unitToUnit = messages.unitToUnitAllowed();
        }
        return unitToUnit;
    }

    public void setUnitToUnit(boolean unitToUnit) {
        this.unitToUnit = unitToUnit;
    }

    public void save() {
        messages.allowUnitToUnit(isUnitToUnit());
        Faces.info("settings.saved");
    }
}
