--liquibase formatted sql

--changeset edugmina:0.1-006-message
--comment: Tracked messages from the department to units (OPIUM): one row per recipient unit records delivery, first opening (who, when), answer and reminders; replies are kept as versions; each user's reading is kept for the unread count.
CREATE SEQUENCE message_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE message (
    id                  bigint      PRIMARY KEY,
    sender_login        text        NOT NULL,
    subject             text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
    body                text        NOT NULL,
    reply_required      boolean     NOT NULL,
    deadline            date,
    recipients_summary  text        NOT NULL,
    sent_at             timestamptz NOT NULL,
    version             integer     NOT NULL DEFAULT 0
);
CREATE INDEX message_sent_idx ON message (sent_at DESC);
CREATE TABLE message_recipient (
    message_id    bigint      NOT NULL REFERENCES message (id),
    unit_id       bigint      NOT NULL REFERENCES unit (id),
    delivered_at  timestamptz NOT NULL,
    opened_at     timestamptz,
    opened_by     text,
    answered_at   timestamptz,
    answered_by   text,
    reminders     integer     NOT NULL DEFAULT 0,
    reminded_at   timestamptz,
    PRIMARY KEY (message_id, unit_id)
);
CREATE INDEX message_recipient_unit_idx ON message_recipient (unit_id, message_id DESC);
CREATE TABLE message_read (
    message_id  bigint      NOT NULL REFERENCES message (id),
    login       text        NOT NULL,
    read_at     timestamptz NOT NULL,
    PRIMARY KEY (message_id, login)
);
CREATE SEQUENCE message_reply_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE message_reply (
    id            bigint      PRIMARY KEY,
    message_id    bigint      NOT NULL,
    unit_id       bigint      NOT NULL,
    author_login  text        NOT NULL,
    body          text        NOT NULL,
    created_at    timestamptz NOT NULL,
    late          boolean     NOT NULL,
    FOREIGN KEY (message_id, unit_id) REFERENCES message_recipient (message_id, unit_id)
);
CREATE INDEX message_reply_idx ON message_reply (message_id, unit_id, created_at);

--changeset edugmina:0.1-006-message-approval
--comment: Approval chain before a message goes out (referent drafts → kierownik referatu accepts → dyrektor wydziału accepts → sent; each step may send it back with a comment). Recipients are kept as chosen (units, unit types, groups) and resolved when the message is sent; every step is kept.
ALTER TABLE message ADD COLUMN status text NOT NULL DEFAULT 'SENT' CHECK (status IN ('PENDING','RETURNED','SENT'));
ALTER TABLE message ADD COLUMN pending_role text;
ALTER TABLE message ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE message ALTER COLUMN sent_at DROP NOT NULL;
ALTER TABLE message ADD COLUMN to_unit_ids bigint[] NOT NULL DEFAULT '{}';
ALTER TABLE message ADD COLUMN to_type_ids integer[] NOT NULL DEFAULT '{}';
ALTER TABLE message ADD COLUMN to_group_ids bigint[] NOT NULL DEFAULT '{}';
ALTER TABLE message ADD CONSTRAINT message_state_ck CHECK ((status = 'SENT') = (sent_at IS NOT NULL) AND (status = 'PENDING') = (pending_role IS NOT NULL));
CREATE INDEX message_pending_idx ON message (pending_role) WHERE status = 'PENDING';
CREATE SEQUENCE message_step_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE message_step (
    id           bigint      PRIMARY KEY,
    message_id   bigint      NOT NULL REFERENCES message (id),
    at           timestamptz NOT NULL,
    actor_login  text        NOT NULL,
    action       text        NOT NULL CHECK (action IN ('SUBMITTED','APPROVED','RETURNED','SENT')),
    comment      text
);
CREATE INDEX message_step_idx ON message_step (message_id, at);

--changeset edugmina:0.1-006-message-attachment
--comment: Files attached to a message by the department (reply_id NULL) or to a unit's answer; checked on the way in (allowed kind, content matching the name, size), stored out of line without compression.
CREATE SEQUENCE message_attachment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE message_attachment (
    id           bigint      PRIMARY KEY,
    message_id   bigint      NOT NULL REFERENCES message (id),
    reply_id     bigint      REFERENCES message_reply (id),
    file_name    text        NOT NULL,
    media_type   text        NOT NULL,
    size_bytes   bigint      NOT NULL,
    sha256       text        NOT NULL,
    content      bytea       NOT NULL,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL
);
ALTER TABLE message_attachment ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX message_attachment_idx ON message_attachment (message_id, reply_id);

--changeset edugmina:0.1-006-message-archive
--comment: A unit user's archive of messages: archived ones leave the inbox (and count as read) but stay searchable under "Archiwum".
CREATE TABLE message_archive (
    message_id   bigint      NOT NULL REFERENCES message (id),
    login        text        NOT NULL,
    archived_at  timestamptz NOT NULL,
    PRIMARY KEY (message_id, login)
);
