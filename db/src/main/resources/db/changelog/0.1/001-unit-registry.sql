--liquibase formatted sql

--changeset edugmina:0.1-001-unit-type
--comment: RSPO type dictionary (typ placówki); ids are RSPO's own so imports map directly.
CREATE TABLE unit_type (
    id          integer PRIMARY KEY,
    name_pl     text    NOT NULL,
    name_en     text    NOT NULL,
    category    text    NOT NULL CHECK (category IN ('PRESCHOOL','PRIMARY','SECONDARY','VOCATIONAL','POST_SECONDARY','DORMITORY','COUNSELLING','EXTRACURRICULAR','SPECIAL','COMPLEX','OTHER'))
);
INSERT INTO unit_type (id, name_pl, name_en, category) VALUES
    (1,   'Przedszkole', 'Kindergarten', 'PRESCHOOL'),
    (2,   'Szkoła podstawowa', 'Primary school', 'PRIMARY'),
    (14,  'Liceum ogólnokształcące', 'General secondary school', 'SECONDARY'),
    (16,  'Technikum', 'Technical secondary school', 'VOCATIONAL'),
    (93,  'Branżowa szkoła I stopnia', 'Sectoral vocational school, level I', 'VOCATIONAL'),
    (94,  'Branżowa szkoła II stopnia', 'Sectoral vocational school, level II', 'VOCATIONAL'),
    (19,  'Szkoła policealna', 'Post-secondary school', 'POST_SECONDARY'),
    (27,  'Bursa', 'Dormitory (bursa)', 'DORMITORY'),
    (34,  'Poradnia psychologiczno-pedagogiczna', 'Psychological and pedagogical counselling centre', 'COUNSELLING'),
    (29,  'Młodzieżowy dom kultury', 'Youth cultural centre (MDK)', 'EXTRACURRICULAR'),
    (82,  'Szkoła specjalna przysposabiająca do pracy', 'Special school preparing for work', 'SPECIAL'),
    (100, 'Zespół szkół i placówek oświatowych', 'School complex (zespół)', 'COMPLEX');

--changeset edugmina:0.1-001-unit
--comment: The unit registry (rejestr placówek) with the fields of RSPO.
CREATE SEQUENCE unit_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE unit (
    id                 bigint      PRIMARY KEY,
    rspo_number        integer     NOT NULL,
    name               text        NOT NULL CHECK (length(name) BETWEEN 1 AND 400),
    short_name         text,
    type_id            integer     NOT NULL REFERENCES unit_type (id),
    public_unit        boolean     NOT NULL DEFAULT true,
    running_body       text,
    parent_id          bigint      REFERENCES unit (id),
    regon              text        CHECK (regon ~ '^([0-9]{9}|[0-9]{14})$'),
    nip                text        CHECK (nip ~ '^[0-9]{10}$'),
    street             text,
    building_no        text,
    flat_no            text,
    postal_code        text        CHECK (postal_code ~ '^[0-9]{2}-[0-9]{3}$'),
    locality           text,
    teryt_voivodeship  text        CHECK (teryt_voivodeship ~ '^[0-9]{2}$'),
    teryt_county       text        CHECK (teryt_county ~ '^[0-9]{4}$'),
    teryt_commune      text        CHECK (teryt_commune ~ '^[0-9]{7}$'),
    teryt_locality     text        CHECK (teryt_locality ~ '^[0-9]{7}$'),
    latitude           numeric(9,6),
    longitude          numeric(9,6),
    phone              text,
    email              text,
    website            text,
    epuap_address      text,
    director_name      text,
    active_from        date,
    active_to          date,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 0,
    CONSTRAINT unit_rspo_number_uk UNIQUE (rspo_number),
    CONSTRAINT unit_active_range_ck CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from)
);
-- the registry list filters by type on many page loads
CREATE INDEX unit_type_idx ON unit (type_id);
-- the registry list's default order (lower(name), id): a page is read from the index, no sort
CREATE INDEX unit_name_idx ON unit (lower(name), id);
-- the list sorted by locality (most units share one, so the id breaks ties): deep pages without a sort
CREATE INDEX unit_locality_idx ON unit (locality, id);
-- unit users see their zespół's member units: looked up by parent on every scoped query
CREATE INDEX unit_parent_idx ON unit (parent_id);

--changeset edugmina:0.1-001-unit-group
--comment: User-defined unit groups (built-in groups by type are derived from unit_type).
CREATE SEQUENCE unit_group_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE unit_group (
    id           bigint      PRIMARY KEY,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description  text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    version      integer     NOT NULL DEFAULT 0,
    CONSTRAINT unit_group_name_uk UNIQUE (name)
);
CREATE TABLE unit_group_member (
    group_id  bigint NOT NULL REFERENCES unit_group (id) ON DELETE CASCADE,
    unit_id   bigint NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, unit_id)
);
-- "which groups is this unit in" on the unit detail page
CREATE INDEX unit_group_member_unit_idx ON unit_group_member (unit_id);

--changeset edugmina:0.1-001-staff
--comment: Staff directory: department employees (unit_id NULL) and unit employees.
CREATE SEQUENCE staff_member_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE staff_member (
    id          bigint      PRIMARY KEY,
    unit_id     bigint      REFERENCES unit (id) ON DELETE CASCADE,
    first_name  text        NOT NULL,
    last_name   text        NOT NULL,
    position    text        NOT NULL,
    email       text,
    phone       text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     integer     NOT NULL DEFAULT 0
);
-- the unit detail page lists its staff; the directory filters by unit
CREATE INDEX staff_member_unit_idx ON staff_member (unit_id);
-- the directory's order (surname, first name, id): a page is read from the index, no sort of 50,000 rows
CREATE INDEX staff_member_name_idx ON staff_member (lower(last_name), lower(first_name), id);
