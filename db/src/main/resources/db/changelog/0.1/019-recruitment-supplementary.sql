--liquibase formatted sql

--changeset edugmina:0.1-019-recruitment-supplementary
--comment: The supplementary round (rekrutacja uzupełniająca, ADR 0016) over the seats still free after the published main round. A run says which round it allocates (MAIN: the whole campaign; SUPPLEMENTARY: the free seats, for the candidates not placed in the main round and those who applied in the SUPPLEMENTARY stage); the campaign points at its published supplementary run besides the main one. A candidate records the round they applied in, so the main round's runs never take a supplementary applicant. The public rows of a class keep the codes admitted in the supplementary round apart from the main round's lists.
ALTER TABLE recruitment_allocation_run ADD COLUMN round text NOT NULL DEFAULT 'MAIN' CHECK (round IN ('MAIN','SUPPLEMENTARY'));
ALTER TABLE recruitment_campaign ADD COLUMN supplementary_run_id bigint REFERENCES recruitment_allocation_run (id);
ALTER TABLE recruitment_candidate ADD COLUMN round text NOT NULL DEFAULT 'MAIN' CHECK (round IN ('MAIN','SUPPLEMENTARY'));
ALTER TABLE recruitment_public_class ADD COLUMN supplementary_codes text[] NOT NULL DEFAULT '{}';
-- the supplementary round's applicants of a campaign (few), read by every run of either round
CREATE INDEX recruitment_candidate_supplementary_idx ON recruitment_candidate (campaign_id, id) WHERE round = 'SUPPLEMENTARY';
