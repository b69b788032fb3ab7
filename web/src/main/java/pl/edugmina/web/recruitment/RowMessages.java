package pl.edugmina.web.recruitment;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import pl.edugmina.common.BusinessException;
import pl.edugmina.common.ValidationException;
import pl.edugmina.web.support.Faces;
import pl.edugmina.web.support.Messages;

import java.util.function.Function;

/**
 * Violations of the rows of a table form (criteria, catchment lines, timetable stages) shown next to the input of their
 * row: {@code clientIdOf} turns a violation's field ({@code criteria[2].points}) into the client id of the input in
 * that row ({@code criteriaForm:rows:2:points}); a field it does not know (null) goes to the top of the page.
 */
final class RowMessages {

    private RowMessages() {
    }

    static void show(BusinessException e, Function<String, String> clientIdOf) {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (!(e instanceof ValidationException v)) {
            Faces.show(e, "none");
            return;
        }
        for (var x : v.violations()) {
            String text = Messages.get(Faces.locale(), x.messageKey(), x.arguments());
            String clientId = clientIdOf.apply(x.field());
            fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Faces.text("error.validation"), null));
        fc.validationFailed();
    }

    /** {@code criteria[2].points} → {@code form:rows:2:points} for the list {@code list}; null for any other field. */
    static Function<String, String> indexed(String list, String form, String repeat) {
        return field -> {
            var m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(list) + "\\[(\\d+)]\\.(\\w+)").matcher(field);
            return m.matches() ? form + ":" + repeat + ":" + m.group(1) + ":" + m.group(2) : null;
        };
    }
}
