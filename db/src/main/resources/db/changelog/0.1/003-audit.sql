--liquibase formatted sql

--changeset edugmina:0.1-003-audit-event
--comment: Audit log of changes, logins and access to personal data. Append-only: the trigger below refuses UPDATE and DELETE.
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_event (
    id           bigint      PRIMARY KEY,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    actor        text        NOT NULL,
    action       text        NOT NULL,
    entity_type  text,
    entity_id    text,
    summary      text,
    changes      jsonb,
    client_ip    text
);
-- the audit screen lists newest first and filters by actor, action and entity
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at DESC);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);

--changeset edugmina:0.1-003-audit-append-only splitStatements:false
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
