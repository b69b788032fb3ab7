package pl.edugmina.audit.domain;

/** What an audit event records. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, IMPORT, VIEW_PERSONAL_DATA,
    LOGIN_SUCCESS, LOGIN_FAILURE, LOGIN_LOCKED, LOGOUT, PASSWORD_CHANGE, PASSWORD_RESET, ACCESS_DENIED,
    VIEW_DOCUMENT, ASSIGN, RETRY
}
