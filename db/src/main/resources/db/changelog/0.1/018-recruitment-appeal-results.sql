--liquibase formatted sql

--changeset edugmina:0.1-018-recruitment-appeal-result
--comment: What an allowed appeal changed in the published FINAL run (issue 5, ADR 0015): the candidate re-evaluated alone against the run (AllocationResult.appeal), from which class and preference to which, whether a seat was added over the class's capacity, and the points before and after at the preference reached (hundredths). The run's own rows (recruitment_allocation_result/_class) and the public rows are updated in the same transaction; this is the record of why they differ from what the run computed. One row per allowed appeal.
CREATE TABLE recruitment_appeal_result (
    appeal_id         bigint      PRIMARY KEY REFERENCES recruitment_appeal (id) ON DELETE CASCADE,
    run_id            bigint      NOT NULL REFERENCES recruitment_allocation_run (id) ON DELETE CASCADE,
    candidate_id      bigint      NOT NULL REFERENCES recruitment_candidate (id) ON DELETE CASCADE,
    from_class_id     bigint      REFERENCES recruitment_class (id),
    from_preference   smallint    NOT NULL CHECK (from_preference BETWEEN 0 AND 20),
    to_class_id       bigint      REFERENCES recruitment_class (id),
    to_preference     smallint    NOT NULL CHECK (to_preference BETWEEN 0 AND 20),
    moved             boolean     NOT NULL,
    seat_added        boolean     NOT NULL,
    accepted_criteria text[]      NOT NULL DEFAULT '{}',
    decided_by        text        NOT NULL,
    decided_at        timestamptz NOT NULL
);
-- the appeals that changed a run (what a superseding FINAL run would recompute)
CREATE INDEX recruitment_appeal_result_run_idx ON recruitment_appeal_result (run_id);
