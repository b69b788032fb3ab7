package pl.edugmina.messaging.application;

import pl.edugmina.messaging.domain.ExcelSurvey;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The messages' use of {@link ExcelSurvey}: reasons to refuse a template or an answer, and the merged workbook. */
final class Surveys {

    /** How many structure problems one refusal lists; the rest are counted. */
    static final int PROBLEMS_SHOWN = 10;

    private Surveys() {
    }

    static boolean isWorkbookName(String name) {
        return name != null && name.strip().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Why {@code template} cannot be a survey's template, or empty when it can. */
    static Optional<String> checkTemplate(MessageService.NewFile template) {
        if (!isWorkbookName(template.name())) {
            return Optional.of("szablon ankiety musi być skoroszytem Excel (.xlsx)");
        }
        try {
            ExcelSurvey.template(template.content());
            return Optional.empty();
        } catch (ExcelSurvey.InvalidWorkbook e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Why {@code answer} does not keep the structure of {@code template}, or empty when it does. */
    static Optional<String> checkAnswer(byte[] template, MessageService.NewFile answer) {
        List<String> problems;
        try {
            problems = ExcelSurvey.check(ExcelSurvey.template(template), answer.content());
        } catch (ExcelSurvey.InvalidWorkbook e) {
            return Optional.of(answer.name() + ": " + e.getMessage());
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder reason = new StringBuilder(answer.name()).append(" nie zachowuje układu szablonu: ");
        reason.append(String.join("; ", problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))));
        if (problems.size() > PROBLEMS_SHOWN) {
            reason.append("; oraz ").append(problems.size() - PROBLEMS_SHOWN).append(" innych");
        }
        return Optional.of(reason.toString());
    }

    static void merge(byte[] template, List<ExcelSurvey.UnitAnswer> answers, OutputStream out) throws IOException {
        ExcelSurvey.merge(ExcelSurvey.template(template), answers, out);
    }
}
