--liquibase formatted sql

--changeset edugmina:0.1-009-application-kind
--comment: Kinds of applications (wnioski) the department runs calls for; configuration, starting with the seven kinds OPIUM (Bydgoszcz) handles.
CREATE TABLE application_kind (
    id           integer PRIMARY KEY,
    code         text    NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name         text    NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    description  text    NOT NULL DEFAULT '',
    active       boolean NOT NULL DEFAULT true
);
INSERT INTO application_kind (id, code, name, description) VALUES
    (1, 'GRANTS', 'Granty oświatowe', 'Projekty edukacyjne placówek finansowane z budżetu miasta'),
    (2, 'TEACHER_AWARD', 'Nagrody Prezydenta Miasta dla nauczycieli', 'Za osiągnięcia w pracy dydaktycznej, wychowawczej i opiekuńczej'),
    (3, 'PUPIL_AWARD', 'Nagrody dla uczniów za osiągnięcia w olimpiadach i konkursach', 'Laureaci i finaliści olimpiad i konkursów przedmiotowych'),
    (4, 'GIFTED_TEACHER_AWARD', 'Nagroda dla nauczyciela za pracę z uczniem zdolnym', ''),
    (5, 'EQUIPMENT', 'Wyposażenie i modernizacja gabinetów, świetlic, bibliotek i placów zabaw', ''),
    (6, 'TALENT_GRANTS', 'Granty rozwoju zdolności', ''),
    (7, 'OPPORTUNITY_GRANTS', 'Granty „Fabryka Szans”', '');

--changeset edugmina:0.1-009-application-call
--comment: A call for applications (nabór wniosków) of one kind: the window (office dates, both days included), eligible unit types (RSPO ids), limits per unit type with a default, budget, optional maximum per application and partial funding of the last one, scoring criteria, the application form and the report form (ReplyForm JSON), and how far the call has got.
-- ids are taken one at a time by native SQL (no JPA entity, no batching): increment 1
CREATE SEQUENCE application_call_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE application_call (
    id                   bigint        PRIMARY KEY,
    kind_id              integer       NOT NULL REFERENCES application_kind (id),
    name                 text          NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    description          text          NOT NULL DEFAULT '',
    opens_on             date          NOT NULL,
    closes_on            date          NOT NULL,
    eligible_type_ids    integer[]     NOT NULL CHECK (cardinality(eligible_type_ids) > 0),
    unit_limits          jsonb         NOT NULL DEFAULT '{}',
    default_limit        integer       NOT NULL CHECK (default_limit BETWEEN 1 AND 100),
    budget               numeric(14,2) NOT NULL CHECK (budget > 0),
    max_per_application  numeric(14,2) CHECK (max_per_application > 0 AND max_per_application <= budget),
    partial_allowed      boolean       NOT NULL,
    criteria             jsonb         NOT NULL,
    application_form     jsonb,
    report_form          jsonb,
    report_due           date,
    stage                text          NOT NULL DEFAULT 'COLLECTING'
                                       CHECK (stage IN ('COLLECTING','EVALUATION','EVALUATED','RECOMMENDED','DECIDED')),
    created_by           text          NOT NULL,
    created_at           timestamptz   NOT NULL,
    version              integer       NOT NULL DEFAULT 0,
    CONSTRAINT application_call_window_ck CHECK (closes_on >= opens_on)
);
-- units look for the calls open today; the department lists the newest first
CREATE INDEX application_call_window_idx ON application_call (closes_on DESC, opens_on);
CREATE TABLE application_committee (
    call_id       bigint      NOT NULL REFERENCES application_call (id),
    member_login  text        NOT NULL,
    added_by      text        NOT NULL,
    added_at      timestamptz NOT NULL,
    PRIMARY KEY (call_id, member_login)
);

--changeset edugmina:0.1-009-application
--comment: Applications of units to a call with their status (see ApplicationStatus), content (title, requested amount, form answers as JSON), the committee's assignments and each member's score sheet, recommended and granted amounts, the post-project report, files, and the history of every step (append-only).
CREATE SEQUENCE application_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE application (
    id                   bigint        PRIMARY KEY,
    call_id              bigint        NOT NULL REFERENCES application_call (id),
    unit_id              bigint        NOT NULL REFERENCES unit (id),
    status               text          NOT NULL CHECK (status IN ('DRAFT','SUBMITTED','RETURNED','UNDER_EVALUATION','EVALUATED',
                                           'RECOMMENDED','NOT_RECOMMENDED','GRANTED','REJECTED','REPORT_SUBMITTED','SETTLED')),
    title                text          NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    requested_amount     numeric(14,2) NOT NULL CHECK (requested_amount > 0),
    answers              jsonb         NOT NULL DEFAULT '{}',
    first_submitted_at   timestamptz,
    submitted_at         timestamptz,
    correction_deadline  date,
    recommended_amount   numeric(14,2) CHECK (recommended_amount >= 0),
    granted_amount       numeric(14,2) CHECK (granted_amount >= 0),
    report_text          text,
    report_answers       jsonb,
    report_submitted_at  timestamptz,
    created_by           text          NOT NULL,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    version              integer       NOT NULL DEFAULT 0,
    CONSTRAINT application_submitted_ck CHECK ((status = 'DRAFT') = (first_submitted_at IS NULL))
);
-- a unit's applications in a call: the limit check and the unit's list
CREATE INDEX application_unit_idx ON application (unit_id, call_id);
-- a call's applications by status: the department's list, starting the evaluation, the ranking
CREATE INDEX application_call_idx ON application (call_id, status);
CREATE TABLE application_assignment (
    application_id  bigint      NOT NULL REFERENCES application (id),
    member_login    text        NOT NULL,
    assigned_by     text        NOT NULL,
    assigned_at     timestamptz NOT NULL,
    PRIMARY KEY (application_id, member_login)
);
-- "Moje oceny": the applications assigned to one member
CREATE INDEX application_assignment_member_idx ON application_assignment (member_login);
CREATE TABLE application_score (
    application_id  bigint      NOT NULL,
    member_login    text        NOT NULL,
    points          jsonb       NOT NULL,
    comment         text,
    scored_at       timestamptz NOT NULL,
    PRIMARY KEY (application_id, member_login),
    FOREIGN KEY (application_id, member_login) REFERENCES application_assignment (application_id, member_login)
);
CREATE SEQUENCE application_event_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE application_event (
    id              bigint      PRIMARY KEY,
    application_id  bigint      NOT NULL REFERENCES application (id),
    at              timestamptz NOT NULL,
    actor_login     text        NOT NULL,
    action          text        NOT NULL,
    from_status     text,
    to_status       text,
    comment         text,
    internal        boolean     NOT NULL DEFAULT false
);
-- the history of one application, oldest first
CREATE INDEX application_event_idx ON application_event (application_id, at, id);
CREATE SEQUENCE application_attachment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE application_attachment (
    id              bigint      PRIMARY KEY,
    application_id  bigint      NOT NULL REFERENCES application (id),
    purpose         text        NOT NULL CHECK (purpose IN ('APPLICATION','REPORT')),
    file_name       text        NOT NULL,
    media_type      text        NOT NULL,
    size_bytes      bigint      NOT NULL,
    sha256          text        NOT NULL,
    content         bytea       NOT NULL,
    uploaded_by     text        NOT NULL,
    uploaded_at     timestamptz NOT NULL
);
ALTER TABLE application_attachment ALTER COLUMN content SET STORAGE EXTERNAL;
-- the files of one application
CREATE INDEX application_attachment_idx ON application_attachment (application_id, purpose);

--changeset edugmina:0.1-009-application-event-append-only splitStatements:false
--comment: The history of an application is evidence of every step: never changed or removed.
CREATE FUNCTION application_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'application_event is append-only';
END;
$$;
CREATE TRIGGER application_event_no_update BEFORE UPDATE OR DELETE ON application_event
    FOR EACH ROW EXECUTE FUNCTION application_event_append_only();
