--liquibase formatted sql

--changeset edugmina:0.1-004-epuap-inbox
--comment: ePUAP inboxes (skrytki) the service bus polls: the city's and any unit's that has its own; with the polling status.
CREATE SEQUENCE epuap_inbox_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE epuap_inbox (
    id                     bigint      PRIMARY KEY,
    name                   text        NOT NULL,
    podmiot                text        NOT NULL,
    nazwa_skrytki          text        NOT NULL,
    adres_skrytki          text        NOT NULL UNIQUE,
    unit_id                bigint      REFERENCES unit (id),
    active                 boolean     NOT NULL DEFAULT true,
    poll_interval_seconds  integer     NOT NULL DEFAULT 30 CHECK (poll_interval_seconds BETWEEN 1 AND 3600),
    last_poll_at           timestamptz,
    last_success_at        timestamptz,
    last_error             text,
    last_error_at          timestamptz,
    waiting                integer,
    received_total         bigint      NOT NULL DEFAULT 0,
    version                integer     NOT NULL DEFAULT 0
);

--changeset edugmina:0.1-004-inbound-document
--comment: Every document fetched from an inbox, stored as received (raw bytes and hash) before it is confirmed to ePUAP. The unique key detects a repeated delivery of the same document.
CREATE SEQUENCE inbound_document_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE inbound_document (
    id               bigint      PRIMARY KEY,
    inbox_id         bigint      NOT NULL REFERENCES epuap_inbox (id),
    received_at      timestamptz NOT NULL,
    sent_at          timestamptz NOT NULL,
    content_sha256   text        NOT NULL,
    skrot            text        NOT NULL,
    file_name        text,
    file_type        text,
    content          bytea       NOT NULL,
    sender_login     text,
    sender_system    text,
    podmiot_id       text,
    podmiot_type     text,
    podmiot_name     text,
    reply_address    text,
    test             boolean     NOT NULL DEFAULT false,
    extra_data       bytea,
    status           text        NOT NULL CHECK (status IN ('RECEIVED','REGISTERED','REJECTED')),
    reject_reason    text,
    processed_at     timestamptz,
    attempts         integer     NOT NULL DEFAULT 0,
    deliveries       integer     NOT NULL DEFAULT 1,
    version          integer     NOT NULL DEFAULT 0,
    CONSTRAINT inbound_document_delivery_uk UNIQUE (inbox_id, content_sha256, sent_at)
);
CREATE INDEX inbound_document_status_idx ON inbound_document (status, received_at);

--changeset edugmina:0.1-004-correspondence
--comment: The correspondence register (rejestr przesyłek wpływających / wychodzących): one number per direction and year.
CREATE SEQUENCE correspondence_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE correspondence (
    id                   bigint      PRIMARY KEY,
    direction            text        NOT NULL CHECK (direction IN ('IN','OUT')),
    reg_year             integer     NOT NULL,
    reg_number           integer     NOT NULL,
    registered_at        timestamptz NOT NULL,
    received_at          timestamptz,
    channel              text        NOT NULL,
    inbox_id             bigint      REFERENCES epuap_inbox (id),
    inbound_document_id  bigint      UNIQUE REFERENCES inbound_document (id),
    sender_kind          text,
    sender_name          text,
    sender_address       text,
    sender_epuap         text,
    reply_address        text,
    addressee_name       text,
    unit_id              bigint      REFERENCES unit (id),
    subject              text        NOT NULL,
    form_namespace       text,
    form_id              text,
    form_kind            text,
    jrwa                 text,
    status               text        NOT NULL,
    assigned_to          text,
    signature_verdict    text        CHECK (signature_verdict IN ('VALID','INVALID','INDETERMINATE','UNSIGNED')),
    signature_detail     text,
    signer               text,
    signed_at            timestamptz,
    signature_level      text,
    body_text            text,
    version              integer     NOT NULL DEFAULT 0,
    CONSTRAINT correspondence_number_uk UNIQUE (direction, reg_year, reg_number)
);
CREATE INDEX correspondence_registered_idx ON correspondence (direction, registered_at DESC);
CREATE INDEX correspondence_unit_idx ON correspondence (unit_id, registered_at DESC);
CREATE INDEX correspondence_status_idx ON correspondence (status);

CREATE TABLE correspondence_counter (
    direction    text    NOT NULL,
    reg_year     integer NOT NULL,
    last_number  integer NOT NULL,
    PRIMARY KEY (direction, reg_year)
);

CREATE SEQUENCE correspondence_attachment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE correspondence_attachment (
    id                 bigint  PRIMARY KEY,
    correspondence_id  bigint  NOT NULL REFERENCES correspondence (id),
    position           integer NOT NULL,
    file_name          text    NOT NULL,
    media_type         text,
    size_bytes         bigint  NOT NULL,
    sha256             text    NOT NULL,
    content            bytea   NOT NULL
);
CREATE INDEX correspondence_attachment_idx ON correspondence_attachment (correspondence_id, position);

--comment: The processing history of each item (received, verified, registered, assigned, handed over, sent...).
CREATE SEQUENCE correspondence_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE correspondence_event (
    id                 bigint      PRIMARY KEY,
    correspondence_id  bigint      REFERENCES correspondence (id),
    inbound_document_id bigint     REFERENCES inbound_document (id),
    occurred_at        timestamptz NOT NULL,
    actor              text        NOT NULL,
    kind               text        NOT NULL,
    detail             text
);
CREATE INDEX correspondence_event_item_idx ON correspondence_event (correspondence_id, occurred_at);
CREATE INDEX correspondence_event_doc_idx ON correspondence_event (inbound_document_id, occurred_at);

--changeset edugmina:0.1-004-outbound-letter
--comment: Outbound letters sent through ePUAP (WS-Skrytka nadaj with UPP, or WS-Doręczyciel dorecz with UPD later). Also the transactional outbox: a letter is queued in the business transaction and sent by the relay, with retries and back-off.
CREATE SEQUENCE outbound_letter_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE outbound_letter (
    id                 bigint      PRIMARY KEY,
    correspondence_id  bigint      NOT NULL UNIQUE REFERENCES correspondence (id),
    in_reply_to        bigint      REFERENCES correspondence (id),
    channel            text        NOT NULL CHECK (channel IN ('SKRYTKA','DORECZYCIEL')),
    sender_podmiot     text        NOT NULL,
    reply_address      text        NOT NULL,
    recipient_address  text        NOT NULL,
    recipient_name     text,
    file_name          text        NOT NULL,
    document           bytea       NOT NULL,
    pdf                bytea       NOT NULL,
    status             text        NOT NULL CHECK (status IN ('QUEUED','SENDING','SENT','RECEIPT','FAILED')),
    attempts           integer     NOT NULL DEFAULT 0,
    next_attempt_at    timestamptz,
    claimed_at         timestamptz,
    last_error         text,
    epuap_document_id  text,
    upp_id             text,
    zlecenie_id        text,
    sent_at            timestamptz,
    receipt_at         timestamptz,
    receipt_name       text,
    receipt            bytea,
    created_by         text        NOT NULL,
    created_at         timestamptz NOT NULL,
    version            integer     NOT NULL DEFAULT 0
);
CREATE INDEX outbound_letter_due_idx ON outbound_letter (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX outbound_letter_zlecenie_idx ON outbound_letter (zlecenie_id);
CREATE INDEX outbound_letter_document_idx ON outbound_letter (epuap_document_id);

--changeset edugmina:0.1-004-document-storage
--comment: Signed documents, PDFs and scans hardly compress (base64 of compressed data); storing them out of line without compression saves PostgreSQL the CPU of trying, on the intake's critical path.
ALTER TABLE inbound_document ALTER COLUMN content SET STORAGE EXTERNAL;
ALTER TABLE correspondence_attachment ALTER COLUMN content SET STORAGE EXTERNAL;
ALTER TABLE outbound_letter ALTER COLUMN document SET STORAGE EXTERNAL;
ALTER TABLE outbound_letter ALTER COLUMN pdf SET STORAGE EXTERNAL;
