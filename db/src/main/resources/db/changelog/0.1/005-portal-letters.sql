--liquibase formatted sql

--changeset edugmina:0.1-005-portal-channel
--comment: Documents can also arrive through the city's own portal (signed with Profil Zaufany), not only from an ePUAP inbox; such a document names its addressee unit and the citizen's account, so the citizen sees it among their own cases.
ALTER TABLE inbound_document ALTER COLUMN inbox_id DROP NOT NULL;
ALTER TABLE inbound_document ADD COLUMN channel text NOT NULL DEFAULT 'EPUAP' CHECK (channel IN ('EPUAP','PORTAL'));
ALTER TABLE inbound_document ADD COLUMN unit_id bigint REFERENCES unit (id);
ALTER TABLE inbound_document ADD COLUMN citizen_login text;
ALTER TABLE inbound_document ADD CONSTRAINT inbound_document_source_ck
    CHECK ((channel = 'EPUAP' AND inbox_id IS NOT NULL) OR (channel = 'PORTAL' AND citizen_login IS NOT NULL));
ALTER TABLE correspondence ADD COLUMN citizen_login text;
CREATE INDEX correspondence_citizen_idx ON correspondence (citizen_login, registered_at DESC) WHERE citizen_login IS NOT NULL;

--changeset edugmina:0.1-005-portal-letter
--comment: A letter a citizen writes on the portal and signs with Profil Zaufany: the unsigned document sent to signing, the signing's state, and once signed the stored inbound document it became.
CREATE SEQUENCE portal_letter_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE portal_letter (
    id                   bigint      PRIMARY KEY,
    token                text        NOT NULL UNIQUE,
    citizen_login        text        NOT NULL,
    unit_id              bigint      REFERENCES unit (id),
    addressee_name       text        NOT NULL,
    subject              text        NOT NULL,
    body_text            text        NOT NULL,
    sender_given_name    text        NOT NULL,
    sender_surname       text        NOT NULL,
    sender_address       text,
    document             bytea       NOT NULL,
    document_sha256      text        NOT NULL,
    signing_url          text,
    status               text        NOT NULL CHECK (status IN ('SIGNING','SIGNED','CANCELLED','FAILED')),
    failure_reason       text,
    signer               text,
    created_at           timestamptz NOT NULL,
    completed_at         timestamptz,
    inbound_document_id  bigint      UNIQUE REFERENCES inbound_document (id),
    version              integer     NOT NULL DEFAULT 0
);
CREATE INDEX portal_letter_citizen_idx ON portal_letter (citizen_login, created_at DESC);
