--liquibase formatted sql

--changeset edugmina:0.1-002-app-user
--comment: Accounts. Passwords are PBKDF2-HMAC-SHA512 hashes in PHC-like text form; lockout state lives with the account.
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE app_user (
    id                        bigint      PRIMARY KEY,
    login                     text        NOT NULL CHECK (login ~ '^[a-z0-9._-]{3,64}$'),
    display_name              text        NOT NULL,
    email                     text,
    password_hash             text        NOT NULL,
    unit_id                   bigint      REFERENCES unit (id),
    enabled                   boolean     NOT NULL DEFAULT true,
    password_change_required  boolean     NOT NULL DEFAULT false,
    failed_attempts           integer     NOT NULL DEFAULT 0,
    locked_until              timestamptz,
    last_login_at             timestamptz,
    created_at                timestamptz NOT NULL DEFAULT now(),
    version                   integer     NOT NULL DEFAULT 0,
    CONSTRAINT app_user_login_uk UNIQUE (login)
);
CREATE TABLE app_user_role (
    user_id  bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role     text   NOT NULL CHECK (role IN ('ADMIN','DEPT_DIRECTOR','DEPT_HEAD','DEPT_OFFICER','UNIT_DIRECTOR','UNIT_SECRETARY','UNIT_ACCOUNTANT','CITIZEN')),
    PRIMARY KEY (user_id, role)
);
