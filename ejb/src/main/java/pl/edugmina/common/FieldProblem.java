package pl.edugmina.common;

import java.util.List;

/** A wrong field of something entered: the field, a message key from the bundles and its arguments. */
public interface FieldProblem {

    String field();

    String messageKey();

    List<Object> arguments();
}
