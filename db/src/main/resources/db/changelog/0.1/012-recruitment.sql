--liquibase formatted sql

--changeset edugmina:0.1-012-recruitment-campaign
--comment: A recruitment campaign (nabór) of one kind for one school year: its status, the longest list of preferences a candidate may give, the seed of the published draw (fixed before any allocation), and its timetable, one row per stage (from/to as instants; the office's dates are Europe/Warsaw).
-- campaigns are created one at a time: increment 1
CREATE SEQUENCE recruitment_campaign_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE recruitment_campaign (
    id               bigint      PRIMARY KEY,
    type             text        NOT NULL CHECK (type IN ('KINDERGARTEN','CLASS_ONE','SECONDARY','DORMITORY')),
    school_year      text        NOT NULL CHECK (school_year ~ '^[0-9]{4}/[0-9]{4}$'
                                     AND substr(school_year, 6, 4)::integer = substr(school_year, 1, 4)::integer + 1),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    status           text        NOT NULL DEFAULT 'PREPARATION'
                                 CHECK (status IN ('PREPARATION','APPLICATIONS','VERIFICATION','ALLOCATED','CLOSED')),
    max_preferences  integer     NOT NULL CHECK (max_preferences BETWEEN 1 AND 20),
    seed             text        NOT NULL CHECK (length(seed) BETWEEN 1 AND 200),
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    version          integer     NOT NULL DEFAULT 0
);
-- the department's list of campaigns: newest school year first
CREATE INDEX recruitment_campaign_year_idx ON recruitment_campaign (school_year DESC, type);
CREATE TABLE recruitment_stage (
    campaign_id  bigint      NOT NULL REFERENCES recruitment_campaign (id) ON DELETE CASCADE,
    stage        text        NOT NULL CHECK (stage IN ('APPLICATIONS','VERIFICATION','QUALIFIED_LIST','CONFIRMATION',
                                                       'ADMITTED_LIST','SUPPLEMENTARY','APPEALS')),
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL,
    PRIMARY KEY (campaign_id, stage),
    CONSTRAINT recruitment_stage_order_ck CHECK (ends_at >= starts_at)
);

--changeset edugmina:0.1-012-recruitment-class
--comment: The classes (oddział, grupa, profil) a campaign offers, each of one unit of the registry, with its seats. Written in bulk (import, generator): ids are reserved 50 at a time, pooled-lo (a nextval v reserves v … v + 49; Hibernate's pooled-lo optimiser reads it the same way).
CREATE SEQUENCE recruitment_class_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE recruitment_class (
    id           bigint  PRIMARY KEY,
    campaign_id  bigint  NOT NULL REFERENCES recruitment_campaign (id) ON DELETE CASCADE,
    unit_id      bigint  NOT NULL REFERENCES unit (id),
    name         text    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    profile      text    CHECK (length(profile) <= 200),
    seats        integer NOT NULL CHECK (seats BETWEEN 0 AND 1000),
    -- the target of the composite foreign keys that keep a candidate's list inside their own campaign's classes;
    -- also the allocation's load of a campaign's classes in id order
    CONSTRAINT recruitment_class_campaign_uq UNIQUE (campaign_id, id),
    -- a unit names each class once per campaign; also a unit's classes in a campaign
    CONSTRAINT recruitment_class_name_uq UNIQUE (campaign_id, unit_id, name)
);

--changeset edugmina:0.1-012-recruitment-candidate
--comment: Candidates of a campaign with the least personal data the allocation and the lists need: a public candidate code (printed on the confirmation, used in lists and explanations), the child's names and birth date, the child's PESEL where the law allows it (nullable: a child without one applies with another document), and up to two guardians (parents) with a name and a contact, never their PESEL (the law does not allow it). Retention (non-admitted: one year) deletes the candidate; the guardians, the list and the result rows go with it (ON DELETE CASCADE). Ids reserved 50 at a time, pooled-lo, as for classes.
CREATE SEQUENCE recruitment_candidate_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE recruitment_candidate (
    id           bigint      PRIMARY KEY,
    campaign_id  bigint      NOT NULL REFERENCES recruitment_campaign (id) ON DELETE CASCADE,
    code         text        NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9-]{0,39}$'),
    first_name   text        NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    last_name    text        NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
    birth_date   date        NOT NULL,
    pesel        text        CHECK (pesel ~ '^[0-9]{11}$'),
    created_at   timestamptz NOT NULL,
    -- the target of the preferences' composite foreign key; also the allocation's load of a campaign's candidates in id order
    CONSTRAINT recruitment_candidate_campaign_uq UNIQUE (campaign_id, id),
    -- a candidate is found by the code on their confirmation (explanations, lists, appeals)
    CONSTRAINT recruitment_candidate_code_uq UNIQUE (campaign_id, code)
);
-- a child applies once per campaign (one list of preferences); only where the PESEL is known
CREATE UNIQUE INDEX recruitment_candidate_pesel_uq ON recruitment_candidate (campaign_id, pesel) WHERE pesel IS NOT NULL;
CREATE TABLE recruitment_guardian (
    candidate_id  bigint   NOT NULL REFERENCES recruitment_candidate (id) ON DELETE CASCADE,
    position      smallint NOT NULL CHECK (position IN (1, 2)),
    full_name     text     NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    email         text     CHECK (length(email) <= 254),
    phone         text     CHECK (length(phone) <= 30),
    PRIMARY KEY (candidate_id, position)
);

--changeset edugmina:0.1-012-recruitment-preference
--comment: A candidate's list of preferences, best first (rank 1), each with how that class ranks them: tier (laureates, catchment children: above any points), points in exact hundredths (152.45 points = 15245), the statutory second-tier criteria as one number. The campaign id is repeated here so that the database keeps a candidate's list inside their own campaign's classes (composite foreign keys), and so that the allocation reads a whole campaign's lists with one range scan in (candidate, rank) order.
CREATE TABLE recruitment_preference (
    campaign_id   bigint   NOT NULL,
    candidate_id  bigint   NOT NULL,
    rank          smallint NOT NULL CHECK (rank BETWEEN 1 AND 20),
    class_id      bigint   NOT NULL,
    tier          integer  NOT NULL DEFAULT 0 CHECK (tier >= 0),
    points        bigint   NOT NULL CHECK (points >= 0),
    second_tier   bigint   NOT NULL DEFAULT 0 CHECK (second_tier >= 0),
    -- the allocation's load: one range scan per campaign, already in the order the allocation builds its arrays
    PRIMARY KEY (campaign_id, candidate_id, rank),
    FOREIGN KEY (campaign_id, candidate_id) REFERENCES recruitment_candidate (campaign_id, id) ON DELETE CASCADE,
    FOREIGN KEY (campaign_id, class_id) REFERENCES recruitment_class (campaign_id, id),
    -- a class appears once on a list: refused when the list is entered, not when the allocation runs
    CONSTRAINT recruitment_preference_class_uq UNIQUE (campaign_id, candidate_id, class_id)
);

--changeset edugmina:0.1-012-recruitment-allocation-run
--comment: One run of the allocation of a campaign (DRY_RUN: a trial nobody else sees as the result; FINAL: the result that is published), as a background job: status RUNNING → DONE | FAILED (with the reason; a failed run has no result rows), its phase and progress, the counts, and the time each part took (load from the database, matching, save; and whether the rows went by COPY or batched inserts), so the screens and the benchmark read them. The campaign points at its published run; a FINAL that replaces a published one names it (supersedes_run_id) and gives the reason.
-- runs are started one at a time: increment 1
CREATE SEQUENCE recruitment_allocation_run_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE recruitment_allocation_run (
    id                 bigint      PRIMARY KEY,
    campaign_id        bigint      NOT NULL REFERENCES recruitment_campaign (id) ON DELETE CASCADE,
    mode               text        NOT NULL CHECK (mode IN ('DRY_RUN','FINAL')),
    seed               text        NOT NULL CHECK (length(seed) BETWEEN 1 AND 200),
    status             text        NOT NULL CHECK (status IN ('RUNNING','DONE','FAILED')),
    phase              text        NOT NULL CHECK (phase IN ('QUEUED','LOADING','MATCHING','SAVING','FINISHED')),
    progress           smallint    NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    started_by         text        NOT NULL,
    started_at         timestamptz NOT NULL,
    finished_at        timestamptz,
    supersedes_run_id  bigint      REFERENCES recruitment_allocation_run (id),
    supersede_reason   text        CHECK (length(supersede_reason) BETWEEN 1 AND 2000),
    classes            integer,
    seats              integer,
    candidates         integer,
    applications       integer,
    placed             integer,
    rounds             integer,
    proposals          bigint,
    load_ms            integer,
    match_ms           integer,
    save_ms            integer,
    total_ms           integer,
    save_method        text        CHECK (save_method IN ('COPY','BATCH')),
    error              text,
    CONSTRAINT recruitment_run_finished_ck CHECK ((status = 'RUNNING') = (finished_at IS NULL)),
    CONSTRAINT recruitment_run_error_ck CHECK (status <> 'FAILED' OR error IS NOT NULL),
    CONSTRAINT recruitment_run_supersede_ck CHECK ((supersedes_run_id IS NULL) = (supersede_reason IS NULL) AND (mode = 'FINAL' OR supersedes_run_id IS NULL))
);
-- a campaign's runs, newest first (the department's list, the benchmark)
CREATE INDEX recruitment_run_campaign_idx ON recruitment_allocation_run (campaign_id, started_at DESC);
-- one run of a campaign at a time: two would compete for its rows, and a FINAL must never race another FINAL.
-- The service checks first (409 with a message) under a lock of the campaign's row; this is the guarantee.
CREATE UNIQUE INDEX recruitment_run_running_uq ON recruitment_allocation_run (campaign_id) WHERE status = 'RUNNING';
ALTER TABLE recruitment_campaign ADD COLUMN published_run_id bigint REFERENCES recruitment_allocation_run (id);

--changeset edugmina:0.1-012-recruitment-allocation-result
--comment: What a run decided, written in one transaction at its end (a run is DONE with all its rows or has none): per candidate the class and the preference placed at (none: class NULL, preference 0); per class the seats, seats added on appeal, applicants, admitted and the cut-off (the priority key of the last admitted: tier, points in hundredths, second tier, the draw's 16 hex digits and the candidate id; NULL when nobody was admitted). The explanation of any candidate is rebuilt from these rows and their list. Rows of a deleted run go with it.
CREATE TABLE recruitment_allocation_result (
    run_id        bigint   NOT NULL REFERENCES recruitment_allocation_run (id) ON DELETE CASCADE,
    candidate_id  bigint   NOT NULL REFERENCES recruitment_candidate (id) ON DELETE CASCADE,
    class_id      bigint   REFERENCES recruitment_class (id),
    preference    smallint NOT NULL CHECK (preference BETWEEN 0 AND 20),
    -- a candidate has one outcome per run: placed at most once
    PRIMARY KEY (run_id, candidate_id),
    CONSTRAINT recruitment_result_placed_ck CHECK ((class_id IS NULL) = (preference = 0))
);
-- the list of a class's admitted in a run
CREATE INDEX recruitment_result_class_idx ON recruitment_allocation_result (run_id, class_id);
CREATE TABLE recruitment_allocation_class (
    run_id            bigint   NOT NULL REFERENCES recruitment_allocation_run (id) ON DELETE CASCADE,
    class_id          bigint   NOT NULL REFERENCES recruitment_class (id),
    seats             integer  NOT NULL CHECK (seats >= 0),
    seats_added       integer  NOT NULL DEFAULT 0 CHECK (seats_added >= 0),
    applicants        integer  NOT NULL CHECK (applicants >= 0),
    admitted          integer  NOT NULL CHECK (admitted >= 0),
    cut_tier          integer,
    cut_points        bigint,
    cut_second_tier   bigint,
    cut_draw          text     CHECK (cut_draw ~ '^[0-9a-f]{16}$'),
    cut_candidate_id  bigint,
    -- the run's summary, class by class; and one class's line in a candidate's explanation
    PRIMARY KEY (run_id, class_id),
    -- never more admitted than seats: the database refuses a result that overfills a class
    CONSTRAINT recruitment_class_summary_seats_ck CHECK (admitted <= seats + seats_added),
    CONSTRAINT recruitment_class_summary_cut_ck CHECK ((admitted = 0) = (cut_candidate_id IS NULL)
        AND (cut_candidate_id IS NULL) = (cut_tier IS NULL) AND (cut_tier IS NULL) = (cut_points IS NULL)
        AND (cut_points IS NULL) = (cut_second_tier IS NULL) AND (cut_second_tier IS NULL) = (cut_draw IS NULL))
);
