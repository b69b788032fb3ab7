--liquibase formatted sql

--changeset edugmina:0.1-020-recruitment-secondary-config
--comment: How a SECONDARY campaign counts points (issue 5), the campaign's own copy of the law's numbers made when the department first opens it (RecruitmentDefaults.secondary(); never read from code afterwards): exam_weights {subject: points per percent}, grade_points {grade: points}, graded_subjects (how many grades count: Polish, maths and the class's own), distinction, achievements_cap, volunteering, maximum, achievement_points {level: {label, points}} and laureate_tier (olympiad laureates are placed above any points in this tier).
CREATE TABLE recruitment_secondary_config (
    campaign_id         bigint       PRIMARY KEY REFERENCES recruitment_campaign (id) ON DELETE CASCADE,
    exam_weights        jsonb        NOT NULL,
    grade_points        jsonb        NOT NULL,
    graded_subjects     smallint     NOT NULL CHECK (graded_subjects BETWEEN 2 AND 10),
    distinction         numeric(7,2) NOT NULL CHECK (distinction >= 0),
    achievements_cap    numeric(7,2) NOT NULL CHECK (achievements_cap >= 0),
    volunteering        numeric(7,2) NOT NULL CHECK (volunteering >= 0),
    maximum             numeric(7,2) NOT NULL CHECK (maximum > 0),
    achievement_points  jsonb        NOT NULL,
    laureate_tier       integer      NOT NULL CHECK (laureate_tier >= 0)
);
-- the two subjects besides Polish and maths whose final grades a secondary class counts (codes of SecondarySubjects, comma-separated, e.g. BIOLOGIA,CHEMIA); empty for other kinds of campaign
ALTER TABLE recruitment_class ADD COLUMN counted_subjects text CHECK (counted_subjects ~ '^[A-Z_]{1,40}(,[A-Z_]{1,40}){0,7}$');

--changeset edugmina:0.1-020-recruitment-secondary-results
--comment: A secondary-school candidate's results as the parent declared them (declared, jsonb: exam percent per subject, grades per subject, distinction, achievements per level, volunteering, laureate) and as the first-choice unit's commission verified them: verdict ACCEPTED (results = declared) or CORRECTED (results = the commission's values, with the reason the parent reads). The points per preference come from results once verified; a new declaration by the parent clears the verdict.
CREATE TABLE recruitment_application_secondary (
    application_id  bigint      PRIMARY KEY REFERENCES recruitment_application (id) ON DELETE CASCADE,
    declared        jsonb       NOT NULL,
    results         jsonb       NOT NULL,
    verdict         text        CHECK (verdict IN ('ACCEPTED','CORRECTED')),
    reason          text        CHECK (length(reason) <= 2000),
    decided_by      text,
    decided_at      timestamptz,
    CONSTRAINT recruitment_application_secondary_reason_ck CHECK (verdict IS DISTINCT FROM 'CORRECTED' OR reason IS NOT NULL)
);
