--liquibase formatted sql

--changeset edugmina:0.1-007-message-survey
--comment: Excel surveys: a message may carry one XLSX template (an attachment marked survey_template); each unit answers with the filled file (an attachment of its reply marked survey_answer), checked against the template's structure before it is stored; the department downloads all answers merged into one workbook.
ALTER TABLE message_attachment ADD COLUMN survey_template boolean NOT NULL DEFAULT false;
ALTER TABLE message_attachment ADD COLUMN survey_answer boolean NOT NULL DEFAULT false;
ALTER TABLE message_attachment ADD CONSTRAINT message_attachment_survey_chk
    CHECK (NOT (survey_template AND survey_answer) AND (NOT survey_template OR reply_id IS NULL) AND (NOT survey_answer OR reply_id IS NOT NULL));
CREATE UNIQUE INDEX message_attachment_template_uq ON message_attachment (message_id) WHERE survey_template;
CREATE UNIQUE INDEX message_attachment_answer_uq ON message_attachment (reply_id) WHERE survey_answer;

--changeset edugmina:0.1-007-message-reply-form
--comment: Structured answers: the sender may design a form (fields of type text, number, date, choice or table, as JSON); each unit's answer is checked against it and kept as JSON data with the reply version.
ALTER TABLE message ADD COLUMN reply_form jsonb;
ALTER TABLE message_reply ADD COLUMN form_answer jsonb;

--changeset edugmina:0.1-007-message-unit-roles
--comment: A message may be addressed to chosen roles in the recipient units (e.g. only the directors and the accountants); NULL: everyone assigned to the unit.
ALTER TABLE message ADD COLUMN to_roles text[];

--changeset edugmina:0.1-007-message-from-unit
--comment: Units write to the department: such a message has the sending unit and to_department; no recipient units, no approval. The department's first reading is recorded (who, when); its answer is an ordinary message to that unit linked by in_reply_to.
ALTER TABLE message ADD COLUMN sender_unit_id bigint REFERENCES unit (id);
ALTER TABLE message ADD COLUMN to_department boolean NOT NULL DEFAULT false;
ALTER TABLE message ADD COLUMN dept_opened_at timestamptz;
ALTER TABLE message ADD COLUMN dept_opened_by text;
ALTER TABLE message ADD COLUMN in_reply_to bigint REFERENCES message (id);
ALTER TABLE message ADD CONSTRAINT message_from_unit_chk CHECK (NOT to_department OR sender_unit_id IS NOT NULL);
CREATE INDEX message_to_department_idx ON message (sent_at DESC) WHERE to_department;
CREATE INDEX message_sender_unit_idx ON message (sender_unit_id, sent_at DESC) WHERE sender_unit_id IS NOT NULL;
CREATE INDEX message_in_reply_to_idx ON message (in_reply_to) WHERE in_reply_to IS NOT NULL;

--changeset edugmina:0.1-007-app-setting
--comment: Settings the administrator changes at run time (audited), e.g. whether units may write to each other (message.unit-to-unit).
CREATE TABLE app_setting (
    key         text        PRIMARY KEY CHECK (key ~ '^[a-z0-9.-]{1,100}$'),
    value       text        NOT NULL,
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL
);

--changeset edugmina:0.1-007-message-users
--comment: Messages to chosen people: unit users picked one by one or through user groups (kept by the department). Such a message reaches the person's unit, visible there only to the logins in message_recipient.only_logins (NULL: the whole unit, or the roles in message.to_roles).
CREATE SEQUENCE user_group_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE user_group (
    id          bigint      PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX user_group_name_uq ON user_group (lower(name));
CREATE TABLE user_group_member (
    group_id  bigint NOT NULL REFERENCES user_group (id) ON DELETE CASCADE,
    user_id   bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
ALTER TABLE message ADD COLUMN to_user_ids bigint[];
ALTER TABLE message ADD COLUMN to_user_group_ids bigint[];
ALTER TABLE message_recipient ADD COLUMN only_logins text[];
