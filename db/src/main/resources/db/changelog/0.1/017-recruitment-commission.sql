--liquibase formatted sql

--changeset edugmina:0.1-017-recruitment-commission-paper
--comment: The unit's recruitment commission records that the signed paper application was brought (channel PAPER): when and by whom. It counts only for the submission it follows (paper_received_at >= submitted_at): an application corrected and submitted again on paper has to be brought again before it is verified.
ALTER TABLE recruitment_application ADD COLUMN paper_received_at timestamptz;
ALTER TABLE recruitment_application ADD COLUMN paper_received_by text;
