package pl.edugmina.correspondence.application;

/**
 * A module that handles a known kind of e-form (e.g. recruitment applications). Implementations are
 * CDI beans; the register hands a matching item over by firing {@link InboundItemRegistered} after
 * the registration commits, and marks it as handed over. Items no handler claims wait for an official.
 */
public interface InboundFormHandler {

    /** Short code of the kind, shown in the register (e.g. {@code RECRUITMENT}). */
    String kind();

    /** JRWA class of items of this kind, or null if an official assigns it. */
    String jrwa();

    boolean handles(String formNamespace, String formId);

    /**
     * The text the register keeps and shows for an item of this kind (its list, search and document view); the signed
     * original stays as received. A module whose forms carry data the register's readers do not need (e.g. a child's
     * PESEL) returns it without them.
     */
    default String registerText(String bodyText) {
        return bodyText;
    }
}
