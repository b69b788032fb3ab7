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
