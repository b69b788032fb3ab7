package pl.edugmina.recruitment.domain.setup;

import pl.edugmina.common.FieldProblem;

import java.util.List;

/** A wrong field of a campaign's set-up: the field (e.g. {@code stages.VERIFICATION}, {@code criteria[2].points}), a message key, its arguments. */
public record SetupProblem(String field, String messageKey, List<Object> arguments) implements FieldProblem {

    public SetupProblem {
        arguments = List.copyOf(arguments);
    }
}
