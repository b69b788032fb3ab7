--liquibase formatted sql

--changeset edugmina:0.1-015-recruitment-class-languages
--comment: What the public offer tells parents about a class besides its name and profile: the foreign languages taught and the extended subjects (przedmioty rozszerzone), as the school writes them ("angielski, niemiecki"). Optional: kindergarten groups and dormitories have neither.
ALTER TABLE recruitment_class ADD COLUMN languages text CHECK (length(languages) <= 300);
ALTER TABLE recruitment_class ADD COLUMN extended_subjects text CHECK (length(extended_subjects) <= 300);
