package pl.edugmina.web.messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import pl.edugmina.messaging.domain.ReplyForm;

import java.util.List;
import java.util.Map;

/** A filled-in answer form as the screens show it (WEB-INF/includes/form-answer.xhtml). */
@Named
@ApplicationScoped
public class FormAnswers {

    public String text(JsonObject answer, String key) {
        return answer == null ? "" : ReplyForm.display(answer.get(key));
    }

    public String cell(Map<String, JsonValue> row, String key) {
        return ReplyForm.display(row.get(key));
    }

    public List<Map<String, JsonValue>> rows(JsonObject answer, String key) {
        return answer == null ? List.of() : ReplyForm.rows(answer, key);
    }
}
