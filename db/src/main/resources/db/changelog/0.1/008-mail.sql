--liquibase formatted sql

--changeset edugmina:0.1-008-mail-notification
--comment: E-mail notifications. A business transaction records the mail here and puts it on the JMS queue edugmina.mail in the same transaction; the sender (MDB) sends it after the commit and marks the row. The administrator sees what was sent and what failed, and why. The text of the mail is not kept: it travels only in the JMS message.
-- ids are taken one at a time by native SQL (no JPA entity, no batching): increment 1
CREATE SEQUENCE mail_notification_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE mail_notification (
    id               bigint      PRIMARY KEY,
    recipient        text        NOT NULL CHECK (length(recipient) BETWEEN 3 AND 320),
    subject          text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    status           text        NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','SENT','FAILED')),
    attempts         integer     NOT NULL DEFAULT 0,
    last_error       text,
    queued_at        timestamptz NOT NULL DEFAULT now(),
    last_attempt_at  timestamptz,
    sent_at          timestamptz,
    failed_at        timestamptz,
    CONSTRAINT mail_notification_state_ck CHECK ((status = 'SENT') = (sent_at IS NOT NULL) AND (status = 'FAILED') = (failed_at IS NOT NULL))
);
-- the administrator's list: by status (failed and waiting mails), newest first
CREATE INDEX mail_notification_status_idx ON mail_notification (status, queued_at DESC);
-- "what did this person get": lookups by address (lower-case, as stored)
CREATE INDEX mail_notification_recipient_idx ON mail_notification (recipient, queued_at DESC);
