--liquibase formatted sql

--changeset edugmina:0.1-013-recruitment-criterion
--comment: The criteria of a campaign as the department configured them (numbers of the law are configuration, never code): grp STATUTORY (the act's criteria: stage 1 of a kindergarten, the second tier of a secondary school) or MUNICIPAL (the council's resolution: stage 2 of a kindergarten, the points of class I); points as a decimal; the document that proves it. Codes are stable: applications store the code.
CREATE TABLE recruitment_criterion (
    campaign_id  bigint       NOT NULL REFERENCES recruitment_campaign (id) ON DELETE CASCADE,
    code         text         NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    position     smallint     NOT NULL CHECK (position BETWEEN 1 AND 100),
    grp          text         NOT NULL CHECK (grp IN ('STATUTORY','MUNICIPAL')),
    label        text         NOT NULL CHECK (length(label) BETWEEN 1 AND 300),
    points       numeric(7,2) NOT NULL CHECK (points >= 0),
    proof        text         CHECK (length(proof) <= 500),
    PRIMARY KEY (campaign_id, code)
);

--changeset edugmina:0.1-013-recruitment-catchment
--comment: Class I catchment areas (obwody) of a campaign: per unit, streets with house-number ranges (parity ALL/ODD/EVEN; from/to empty = open end). Children living in their school's area are placed above any points (RecruitmentDefaults.precedence().catchment()).
CREATE TABLE recruitment_catchment (
    id           bigserial PRIMARY KEY,
    campaign_id  bigint NOT NULL REFERENCES recruitment_campaign (id) ON DELETE CASCADE,
    unit_id      bigint NOT NULL REFERENCES unit (id),
    locality     text   NOT NULL CHECK (length(locality) BETWEEN 1 AND 100),
    street       text   NOT NULL CHECK (length(street) BETWEEN 1 AND 200),
    parity       text   NOT NULL DEFAULT 'ALL' CHECK (parity IN ('ALL','ODD','EVEN')),
    number_from  text   CHECK (length(number_from) <= 20),
    number_to    text   CHECK (length(number_to) <= 20)
);
-- a campaign's whole map, read at once when an application is scored
CREATE INDEX recruitment_catchment_campaign_idx ON recruitment_catchment (campaign_id, unit_id);

--changeset edugmina:0.1-013-recruitment-application
--comment: A parent's application (wniosek) in a campaign: DRAFT (the parent's, editable) → SIGNING (sent to Profil Zaufany) → SUBMITTED (signed, printed-and-brought or received from ePUAP: it then has a candidate with a public code; a PIN's HMAC is kept on the candidate) → VERIFIED (the first-choice unit's commission decided every criterion: the candidate's preferences carry the points) or RETURNED (back to the parent for corrections); WITHDRAWN at any point before the final allocation. The child's PESEL only where the law allows; guardians without PESEL. One active application per child and campaign (unique indexes below); a second one withdraws the first only on the parent's explicit confirmation, in the same transaction.
CREATE SEQUENCE recruitment_application_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE recruitment_application (
    id                 bigint      PRIMARY KEY,
    campaign_id        bigint      NOT NULL REFERENCES recruitment_campaign (id) ON DELETE CASCADE,
    owner_login        text,
    status             text        NOT NULL CHECK (status IN ('DRAFT','SIGNING','SUBMITTED','VERIFIED','RETURNED','WITHDRAWN')),
    channel            text        CHECK (channel IN ('PROFIL_ZAUFANY','PAPER','EPUAP')),
    child_first_name   text        CHECK (length(child_first_name) <= 100),
    child_last_name    text        CHECK (length(child_last_name) <= 100),
    birth_date         date,
    pesel              text        CHECK (pesel ~ '^[0-9]{11}$'),
    identity_document  text        CHECK (length(identity_document) <= 100),
    locality           text        CHECK (length(locality) <= 100),
    street             text        CHECK (length(street) <= 200),
    house_number       text        CHECK (length(house_number) <= 20),
    flat               text        CHECK (length(flat) <= 20),
    postal_code        text        CHECK (postal_code ~ '^[0-9]{2}-[0-9]{3}$'),
    guardian1_name     text        CHECK (length(guardian1_name) <= 200),
    guardian1_email    text        CHECK (length(guardian1_email) <= 254),
    guardian1_phone    text        CHECK (length(guardian1_phone) <= 30),
    guardian2_name     text        CHECK (length(guardian2_name) <= 200),
    guardian2_email    text        CHECK (length(guardian2_email) <= 254),
    guardian2_phone    text        CHECK (length(guardian2_phone) <= 30),
    code               text        CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9-]{0,39}$'),
    candidate_id       bigint      REFERENCES recruitment_candidate (id) ON DELETE SET NULL,
    unit_id            bigint      REFERENCES unit (id),
    document           bytea,
    signing_token      text        UNIQUE,
    signing_url        text,
    signer             text        CHECK (length(signer) <= 300),
    signed_at          timestamptz,
    inbound_id         bigint,
    submitted_at       timestamptz,
    verified_at        timestamptz,
    verified_by        text,
    returned_reason    text        CHECK (length(returned_reason) <= 2000),
    withdrawn_at       timestamptz,
    withdrawn_reason   text        CHECK (length(withdrawn_reason) <= 2000),
    replaced_by        bigint      REFERENCES recruitment_application (id),
    replace_confirmed  boolean     NOT NULL DEFAULT false,
    confirmed_at       timestamptz,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            integer     NOT NULL DEFAULT 0,
    CONSTRAINT recruitment_application_submitted_ck CHECK (status IN ('DRAFT','SIGNING')
        OR (status = 'WITHDRAWN') OR (code IS NOT NULL AND submitted_at IS NOT NULL AND channel IS NOT NULL AND unit_id IS NOT NULL)),
    CONSTRAINT recruitment_application_withdrawn_ck CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
);
ALTER TABLE recruitment_application ALTER COLUMN document SET STORAGE EXTERNAL;
-- a parent's applications, newest first
CREATE INDEX recruitment_application_owner_idx ON recruitment_application (owner_login, created_at DESC);
-- a unit's commission: the applications it verifies (its unit is the first choice)
CREATE INDEX recruitment_application_unit_idx ON recruitment_application (campaign_id, unit_id, status);
-- a submitted application is found by its candidate's code (results, ePUAP matching, appeals)
CREATE UNIQUE INDEX recruitment_application_code_uq ON recruitment_application (campaign_id, code) WHERE code IS NOT NULL;
-- one active application per child: by PESEL, or by name and birth date for a child without one
CREATE UNIQUE INDEX recruitment_application_child_pesel_uq ON recruitment_application (campaign_id, pesel)
    WHERE pesel IS NOT NULL AND status IN ('SUBMITTED','VERIFIED','RETURNED');
CREATE UNIQUE INDEX recruitment_application_child_name_uq ON recruitment_application
    (campaign_id, lower(child_last_name), lower(child_first_name), birth_date)
    WHERE pesel IS NULL AND status IN ('SUBMITTED','VERIFIED','RETURNED');
CREATE TABLE recruitment_application_preference (
    application_id  bigint   NOT NULL REFERENCES recruitment_application (id) ON DELETE CASCADE,
    rank            smallint NOT NULL CHECK (rank BETWEEN 1 AND 20),
    class_id        bigint   NOT NULL REFERENCES recruitment_class (id),
    PRIMARY KEY (application_id, rank),
    CONSTRAINT recruitment_application_preference_class_uq UNIQUE (application_id, class_id)
);
-- who listed a class (a unit sees the applications that name its classes)
CREATE INDEX recruitment_application_preference_class_idx ON recruitment_application_preference (class_id);
-- the criteria a parent declared; the commission's verdict on each, with the reason of a rejection
CREATE TABLE recruitment_application_criterion (
    application_id  bigint      NOT NULL REFERENCES recruitment_application (id) ON DELETE CASCADE,
    code            text        NOT NULL,
    verdict         text        CHECK (verdict IN ('ACCEPTED','REJECTED')),
    reason          text        CHECK (length(reason) <= 2000),
    decided_by      text,
    decided_at      timestamptz,
    PRIMARY KEY (application_id, code),
    CONSTRAINT recruitment_application_criterion_reason_ck CHECK (verdict IS DISTINCT FROM 'REJECTED' OR reason IS NOT NULL)
);
CREATE SEQUENCE recruitment_application_attachment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE recruitment_application_attachment (
    id              bigint      PRIMARY KEY,
    application_id  bigint      NOT NULL REFERENCES recruitment_application (id) ON DELETE CASCADE,
    code            text,
    file_name       text        NOT NULL,
    media_type      text        NOT NULL,
    size_bytes      bigint      NOT NULL,
    sha256          text        NOT NULL,
    content         bytea       NOT NULL,
    uploaded_by     text        NOT NULL,
    uploaded_at     timestamptz NOT NULL
);
ALTER TABLE recruitment_application_attachment ALTER COLUMN content SET STORAGE EXTERNAL;
CREATE INDEX recruitment_application_attachment_idx ON recruitment_application_attachment (application_id);
-- the history of an application (who did what when), shown to the parent and the commission
CREATE TABLE recruitment_application_event (
    id              bigserial   PRIMARY KEY,
    application_id  bigint      NOT NULL REFERENCES recruitment_application (id) ON DELETE CASCADE,
    at              timestamptz NOT NULL,
    actor           text        NOT NULL,
    what            text        NOT NULL CHECK (length(what) BETWEEN 1 AND 2000)
);
CREATE INDEX recruitment_application_event_idx ON recruitment_application_event (application_id, at, id);
-- the candidate's PIN for the public results page, as HMAC-SHA256(server secret, code:PIN), never the PIN itself
ALTER TABLE recruitment_candidate ADD COLUMN pin_hmac text CHECK (pin_hmac ~ '^[0-9a-f]{64}$');

--changeset edugmina:0.1-013-recruitment-appeal
--comment: After the admitted lists: a parent's request for the justification (wniosek o uzasadnienie: 7 days to ask, the commission 5 days to answer) and the appeal to the director (odwołanie: 7 days from receiving the justification, the director 7 days to decide); due dates computed by the law's rules (AdministrativeTerms). Retention keeps a non-admitted candidate while an appeal is pending.
CREATE SEQUENCE recruitment_appeal_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE recruitment_appeal (
    id              bigint      PRIMARY KEY,
    application_id  bigint      NOT NULL REFERENCES recruitment_application (id) ON DELETE CASCADE,
    kind            text        NOT NULL CHECK (kind IN ('JUSTIFICATION','APPEAL')),
    status          text        NOT NULL CHECK (status IN ('PENDING','ANSWERED','ALLOWED','DISMISSED')),
    content         text        NOT NULL CHECK (length(content) BETWEEN 1 AND 10000),
    filed_at        timestamptz NOT NULL,
    due_on          date        NOT NULL,
    answer          text        CHECK (length(answer) <= 20000),
    answered_by     text,
    answered_at     timestamptz
);
CREATE INDEX recruitment_appeal_application_idx ON recruitment_appeal (application_id, filed_at);

--changeset edugmina:0.1-013-recruitment-pin-key
--comment: The server's secret key of the candidates' PINs (HMAC-SHA256): one row, created by the first server that needs it (insert … on conflict do nothing, so every node of a cluster reads the same key). Set EDUGMINA_RECRUITMENT_PIN_KEY to keep the key outside the database instead.
CREATE TABLE recruitment_pin_key (
    id      smallint PRIMARY KEY CHECK (id = 1),
    secret  bytea    NOT NULL CHECK (length(secret) >= 32)
);
