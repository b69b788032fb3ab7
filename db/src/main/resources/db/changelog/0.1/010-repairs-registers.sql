--liquibase formatted sql

--changeset edugmina:0.1-010-repair-dictionaries
--comment: Repairs (naprawy i awarie, OPIUM): the dictionaries of categories and priorities. Codes are stable (used in the API and the history); names are shown to users; a retired entry is kept (active = false) because old requests still name it. Priority rank orders the city-wide needs view (1 = most urgent).
CREATE TABLE repair_category (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_pl   text    NOT NULL,
    name_en   text    NOT NULL,
    position  integer NOT NULL,
    active    boolean NOT NULL DEFAULT true
);
INSERT INTO repair_category (code, name_pl, name_en, position) VALUES
    ('ROOF',        'Dach i obróbki blacharskie',                 'Roof and flashing',               10),
    ('ELECTRICAL',  'Instalacja elektryczna',                     'Electrical installation',         20),
    ('HEATING',     'Instalacja c.o.',                            'Central heating',                 30),
    ('PLUMBING',    'Instalacja wodno-kanalizacyjna (sanitarna)', 'Water and sewage (plumbing)',     40),
    ('JOINERY',     'Stolarka okienna i drzwiowa',                'Windows and doors',               50),
    ('SAFETY',      'BHP i ochrona przeciwpożarowa (ppoż.)',      'Health and safety, fire safety',  60),
    ('BUILDING',    'Roboty budowlane (ściany, posadzki, elewacja)', 'Building works (walls, floors, facade)', 70),
    ('GROUNDS',     'Teren, ogrodzenie, boiska',                  'Grounds, fences, sports fields',  80),
    ('OTHER',       'Inne',                                       'Other',                           90);
CREATE TABLE repair_priority (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_pl   text    NOT NULL,
    name_en   text    NOT NULL,
    rank      integer NOT NULL UNIQUE,
    active    boolean NOT NULL DEFAULT true
);
INSERT INTO repair_priority (code, name_pl, name_en, rank) VALUES
    ('SAFETY_HAZARD', 'Awaria zagrażająca bezpieczeństwu', 'Failure endangering safety', 1),
    ('URGENT',        'Pilna',                             'Urgent',                     2),
    ('PLANNED',       'Planowa',                           'Planned',                    3);

--changeset edugmina:0.1-010-repair-pool
--comment: The yearly pool of repair money set by the department. Allocations from a year's pool never exceed it: the service locks the pool row (SELECT … FOR UPDATE) while it checks and allocates, so two allocations at once cannot both take the last money.
CREATE TABLE repair_pool (
    year        integer       PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    amount      numeric(14,2) NOT NULL CHECK (amount >= 0),
    set_by      text          NOT NULL,
    set_at      timestamptz   NOT NULL,
    version     integer       NOT NULL DEFAULT 0
);

--changeset edugmina:0.1-010-repair-request
--comment: A unit's repair or failure request and its way SUBMITTED → UNDER_REVIEW → (RETURNED → SUBMITTED) → APPROVED (amount from a year's pool) | REJECTED → IN_PROGRESS → DONE (settlement: actual cost, invoice) → ACCEPTED (the unit's acceptance) → CLOSED. Amounts in PLN with grosze. The checks repeat the state rules so that no other writer can break them.
CREATE SEQUENCE repair_request_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE repair_request (
    id                bigint        PRIMARY KEY,
    unit_id           bigint        NOT NULL REFERENCES unit (id),
    title             text          NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    description       text          NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
    location          text          CHECK (length(location) <= 300),
    category_code     text          NOT NULL REFERENCES repair_category (code),
    priority_code     text          NOT NULL REFERENCES repair_priority (code),
    estimated_cost    numeric(14,2) NOT NULL CHECK (estimated_cost > 0),
    status            text          NOT NULL CHECK (status IN ('SUBMITTED','UNDER_REVIEW','RETURNED','APPROVED','REJECTED','IN_PROGRESS','DONE','ACCEPTED','CLOSED')),
    pool_year         integer       REFERENCES repair_pool (year),
    allocated_amount  numeric(14,2) CHECK (allocated_amount > 0),
    actual_cost       numeric(14,2) CHECK (actual_cost > 0),
    invoice_number    text          CHECK (length(invoice_number) BETWEEN 1 AND 100),
    last_comment      text,
    submitted_by      text          NOT NULL,
    submitted_at      timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    version           integer       NOT NULL DEFAULT 0,
    CONSTRAINT repair_request_allocation_ck CHECK (
        (status IN ('APPROVED','IN_PROGRESS','DONE','ACCEPTED','CLOSED')) = (allocated_amount IS NOT NULL AND pool_year IS NOT NULL)),
    CONSTRAINT repair_request_settlement_ck CHECK (
        (status IN ('DONE','ACCEPTED','CLOSED')) = (actual_cost IS NOT NULL AND invoice_number IS NOT NULL))
);
-- a unit's own list ("my requests"), newest first
CREATE INDEX repair_request_unit_idx ON repair_request (unit_id, submitted_at DESC);
-- the city-wide needs view filters by status, category and priority, and sums the pool by year
CREATE INDEX repair_request_status_idx ON repair_request (status, category_code, priority_code);
CREATE INDEX repair_request_pool_idx ON repair_request (pool_year) WHERE pool_year IS NOT NULL;

--changeset edugmina:0.1-010-repair-event
--comment: The history of a repair request: every step with who, when, the state before and after, the comment and the amount it set. Shown to the unit and the department; never changed.
CREATE SEQUENCE repair_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE repair_event (
    id           bigint        PRIMARY KEY,
    repair_id    bigint        NOT NULL REFERENCES repair_request (id),
    at           timestamptz   NOT NULL,
    actor_login  text          NOT NULL,
    action       text          NOT NULL,
    from_status  text,
    to_status    text          NOT NULL,
    comment      text,
    amount       numeric(14,2)
);
-- the history of one request, in order
CREATE INDEX repair_event_repair_idx ON repair_event (repair_id, at, id);

--changeset edugmina:0.1-010-repair-photo
--comment: Photos of a repair request (JPG, PNG; content checked against the name, 20 MB each, 10 per request), stored out of line without compression (already compressed images).
-- ids are taken one at a time by native SQL: increment 1
CREATE SEQUENCE repair_photo_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE repair_photo (
    id           bigint      PRIMARY KEY,
    repair_id    bigint      NOT NULL REFERENCES repair_request (id),
    file_name    text        NOT NULL,
    media_type   text        NOT NULL CHECK (media_type IN ('image/jpeg','image/png')),
    size_bytes   bigint      NOT NULL CHECK (size_bytes BETWEEN 1 AND 20971520),
    sha256       text        NOT NULL,
    content      bytea       NOT NULL,
    uploaded_by  text        NOT NULL,
    uploaded_at  timestamptz NOT NULL
);
ALTER TABLE repair_photo ALTER COLUMN content SET STORAGE EXTERNAL;
-- the photos of one request
CREATE INDEX repair_photo_repair_idx ON repair_photo (repair_id, id);

--changeset edugmina:0.1-010-contract-register
--comment: The register of contracts units sign with external parties (umowy z podmiotami zewnętrznymi): rental of rooms and space, umowy zlecenia, o dzieło, services. Rate kinds: HOURLY (amount per hour, planned hours), MONTHLY (amount per month), LUMP_SUM (one amount). Whether a contract is below the city's minimum rate is computed when it is read, so a changed minimum applies to every contract at once.
CREATE TABLE contract_type (
    code      text    PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_pl   text    NOT NULL,
    name_en   text    NOT NULL,
    position  integer NOT NULL,
    active    boolean NOT NULL DEFAULT true
);
INSERT INTO contract_type (code, name_pl, name_en, position) VALUES
    ('ZLECENIE',  'Umowa zlecenie',               'Contract of mandate (umowa zlecenie)', 10),
    ('DZIELO',    'Umowa o dzieło',               'Contract for specific work',            20),
    ('NAJEM',     'Umowa najmu (sale, powierzchnie)', 'Lease (rooms, space)',              30),
    ('DZIERZAWA', 'Umowa dzierżawy',              'Tenancy (dzierżawa)',                   40),
    ('USLUGI',    'Umowa o świadczenie usług',    'Service contract',                      50),
    ('INNA',      'Inna umowa',                   'Other contract',                        90);
CREATE SEQUENCE external_contract_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE external_contract (
    id             bigint        PRIMARY KEY,
    unit_id        bigint        NOT NULL REFERENCES unit (id),
    party_name     text          NOT NULL CHECK (length(party_name) BETWEEN 1 AND 300),
    party_nip      text          CHECK (party_nip ~ '^[0-9]{10}$'),
    subject        text          NOT NULL CHECK (length(subject) BETWEEN 1 AND 1000),
    contract_type  text          NOT NULL REFERENCES contract_type (code),
    date_from      date          NOT NULL,
    date_to        date          CHECK (date_to >= date_from),
    rate_kind      text          NOT NULL CHECK (rate_kind IN ('HOURLY','MONTHLY','LUMP_SUM')),
    amount         numeric(14,2) NOT NULL CHECK (amount > 0),
    hours          numeric(8,2)  CHECK (hours > 0),
    created_by     text          NOT NULL,
    created_at     timestamptz   NOT NULL,
    updated_at     timestamptz   NOT NULL,
    version        integer       NOT NULL DEFAULT 0
);
-- a unit's own register, newest first
CREATE INDEX external_contract_unit_idx ON external_contract (unit_id, date_from DESC);
-- the city-wide view filters by type
CREATE INDEX external_contract_type_idx ON external_contract (contract_type, date_from DESC);
CREATE TABLE contract_min_rate (
    contract_type  text          NOT NULL REFERENCES contract_type (code),
    year           integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    rate_kind      text          NOT NULL CHECK (rate_kind IN ('HOURLY','MONTHLY')),
    amount         numeric(14,2) NOT NULL CHECK (amount > 0),
    set_by         text          NOT NULL,
    set_at         timestamptz   NOT NULL,
    PRIMARY KEY (contract_type, year, rate_kind)
);

--changeset edugmina:0.1-010-innovation
--comment: The register of pedagogical innovations (innowacje pedagogiczne) units run: kinds (organizacyjna, programowa, metodyczna; one innovation may be of several), classes, dates, author teachers, status. Kept by the unit, searched city-wide by the department.
CREATE SEQUENCE innovation_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE innovation (
    id           bigint      PRIMARY KEY,
    unit_id      bigint      NOT NULL REFERENCES unit (id),
    title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    kinds        text        NOT NULL CHECK (kinds ~ '^(ORGANIZATIONAL|CURRICULAR|METHODOLOGICAL)(,(ORGANIZATIONAL|CURRICULAR|METHODOLOGICAL)){0,2}$'),
    subject_area text        CHECK (length(subject_area) <= 300),
    classes      text        NOT NULL CHECK (length(classes) BETWEEN 1 AND 300),
    date_from    date        NOT NULL,
    date_to      date        CHECK (date_to >= date_from),
    authors      text        NOT NULL CHECK (length(authors) BETWEEN 1 AND 1000),
    status       text        NOT NULL CHECK (status IN ('PLANNED','RUNNING','FINISHED','CANCELLED')),
    description  text        CHECK (length(description) <= 5000),
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      integer     NOT NULL DEFAULT 0
);
-- a unit's own register
CREATE INDEX innovation_unit_idx ON innovation (unit_id, date_from DESC);
-- the city-wide view filters by status
CREATE INDEX innovation_status_idx ON innovation (status, date_from DESC);

--changeset edugmina:0.1-010-job-bank
--comment: The city's teacher job bank (bank ofert pracy): offers from units (public while open: no personal data in them), candidates who enter themselves on a public form with a required consent, and their applications to offers. A candidate is seen by the department and by the units whose offers they applied to; the entry expires 12 months after it was made (then it is deleted).
CREATE SEQUENCE job_offer_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE job_offer (
    id               bigint       PRIMARY KEY,
    unit_id          bigint       NOT NULL REFERENCES unit (id),
    position         text         NOT NULL CHECK (length(position) BETWEEN 1 AND 300),
    hours_per_week   numeric(5,2) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
    employment_from  date         NOT NULL,
    deadline         date         NOT NULL,
    description      text         CHECK (length(description) <= 5000),
    status           text         NOT NULL CHECK (status IN ('OPEN','CLOSED')),
    created_by       text         NOT NULL,
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    version          integer      NOT NULL DEFAULT 0
);
-- the public list: open offers by deadline
CREATE INDEX job_offer_open_idx ON job_offer (deadline) WHERE status = 'OPEN';
-- a unit's own offers
CREATE INDEX job_offer_unit_idx ON job_offer (unit_id, created_at DESC);
-- candidates come from the public form one at a time: ids by native SQL, increment 1
CREATE SEQUENCE job_candidate_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE job_candidate (
    id              bigint      PRIMARY KEY,
    full_name       text        NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    email           text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    subjects        text        NOT NULL CHECK (length(subjects) BETWEEN 1 AND 500),
    qualifications  text        NOT NULL CHECK (length(qualifications) BETWEEN 1 AND 5000),
    consent         boolean     NOT NULL CHECK (consent),
    consent_text    text        NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL CHECK (expires_at > created_at)
);
-- the daily purge of expired entries
CREATE INDEX job_candidate_expires_idx ON job_candidate (expires_at);
CREATE TABLE job_application (
    candidate_id  bigint      NOT NULL REFERENCES job_candidate (id) ON DELETE CASCADE,
    offer_id      bigint      NOT NULL REFERENCES job_offer (id),
    applied_at    timestamptz NOT NULL,
    PRIMARY KEY (candidate_id, offer_id)
);
-- a unit's candidates: the applications to its offers
CREATE INDEX job_application_offer_idx ON job_application (offer_id);
