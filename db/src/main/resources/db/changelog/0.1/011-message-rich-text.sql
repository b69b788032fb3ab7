--liquibase formatted sql

--changeset edugmina:0.1-011-message-rich-text
--comment: formatted text of a message (sanitised HTML, common.RichText); body keeps the same content as plain text for search, summaries and mail-free places; null for plain-text messages
alter table message add column body_html text;
--rollback alter table message drop column body_html;
