--liquibase formatted sql

--changeset edugmina:0.1-014-recruitment-publication
--comment: What the public sees of a campaign's published (FINAL) allocation, computed once when the run is published, in the same transaction (ResultsPublisher, called by AllocationStore.save), and recomputed by a superseding FINAL: results day reads these rows only, with one indexed lookup per request and no allocation or join over the lists (ADR 0013). recruitment_publication: which run is published and since when; the public sees it from the start of the campaign's QUALIFIED_LIST stage (recruitment_stage), or at once when the timetable has no such stage.
CREATE TABLE recruitment_publication (
    campaign_id   bigint      PRIMARY KEY REFERENCES recruitment_campaign (id) ON DELETE CASCADE,
    run_id        bigint      NOT NULL REFERENCES recruitment_allocation_run (id),
    published_at  timestamptz NOT NULL,
    candidates    integer     NOT NULL CHECK (candidates >= 0),
    qualified     integer     NOT NULL CHECK (qualified >= 0),
    publish_ms    integer     NOT NULL CHECK (publish_ms >= 0)
);
-- one row per candidate: the copy of the PIN's HMAC, the outcome, and the whole public answer as JSON (class and unit
-- placed at or none, each preference with the points, the result and the class's cut-off), served as stored.
-- No names, no PESEL: the code is all that identifies the child here.
CREATE TABLE recruitment_public_result (
    code               text     NOT NULL,
    campaign_id        bigint   NOT NULL REFERENCES recruitment_campaign (id) ON DELETE CASCADE,
    candidate_id       bigint   NOT NULL REFERENCES recruitment_candidate (id) ON DELETE CASCADE,
    run_id             bigint   NOT NULL,
    pin_hmac           text     CHECK (pin_hmac ~ '^[0-9a-f]{64}$'),
    placed_class_id    bigint,
    placed_preference  smallint NOT NULL CHECK (placed_preference BETWEEN 0 AND 20),
    answer             json     NOT NULL,
    -- the results page's only lookup: by the code the parent types (the campaign optional), one index probe
    PRIMARY KEY (code, campaign_id)
);
-- per class: seats, qualified, free places, the cut-off, and the lists of codes (qualified; not qualified: listed the
-- class and were not qualified to it), codes in order; the printable lists with names are built from these codes
CREATE TABLE recruitment_public_class (
    campaign_id          bigint   NOT NULL REFERENCES recruitment_campaign (id) ON DELETE CASCADE,
    class_id             bigint   NOT NULL REFERENCES recruitment_class (id) ON DELETE CASCADE,
    unit_id              bigint   NOT NULL REFERENCES unit (id),
    unit_name            text     NOT NULL,
    class_name           text     NOT NULL,
    profile              text,
    seats                integer  NOT NULL CHECK (seats >= 0),
    qualified            integer  NOT NULL CHECK (qualified >= 0),
    free_places          integer  NOT NULL CHECK (free_places >= 0),
    cut_points           bigint,
    qualified_codes      text[]   NOT NULL,
    not_qualified_codes  text[]   NOT NULL,
    PRIMARY KEY (campaign_id, class_id)
);
-- a unit's classes in a campaign (the public lists of one unit, a unit user's printable lists)
CREATE INDEX recruitment_public_class_unit_idx ON recruitment_public_class (campaign_id, unit_id);

--changeset edugmina:0.1-014-recruitment-pin-attempt
--comment: Failed PIN attempts per candidate code, kept in the database so that every node of a cluster counts the same: written only on a failure (one upsert), read with the result row in the same lookup. After the limit of failures (5) within the window (15 minutes, counted from the first failure), the code is blocked until blocked_until (15 minutes), whatever PIN is typed.
CREATE TABLE recruitment_pin_attempt (
    code           text        NOT NULL,
    campaign_id    bigint      NOT NULL REFERENCES recruitment_campaign (id) ON DELETE CASCADE,
    failures       integer     NOT NULL CHECK (failures >= 1),
    window_start   timestamptz NOT NULL,
    blocked_until  timestamptz,
    -- joined to recruitment_public_result by the same key in the results page's lookup
    PRIMARY KEY (code, campaign_id)
);
