--liquibase formatted sql

--changeset skillgate:202611241100-catalog-question-banks
-- what the candidate engine needs: a time limit per assessment, question banks with their answer keys, and per
-- package the invitation terms and the score bands that name a result
ALTER TABLE assessments ADD COLUMN time_limit_seconds INT NULL;
ALTER TABLE assessments ADD CONSTRAINT ck_assessments_time_limit
    CHECK (time_limit_seconds IS NULL OR time_limit_seconds BETWEEN 30 AND 86400);
ALTER TABLE assessment_packages ADD COLUMN invitation_days INT NOT NULL DEFAULT 7;
ALTER TABLE assessment_packages ADD COLUMN reminder_hours INT NOT NULL DEFAULT 48;
ALTER TABLE assessment_packages ADD COLUMN max_reminders INT NOT NULL DEFAULT 1;
ALTER TABLE assessment_packages ADD COLUMN score_bands VARCHAR(2000) NOT NULL
    DEFAULT '[{"fromPercent":80,"label":"Strong"},{"fromPercent":50,"label":"Good"},{"fromPercent":0,"label":"Needs improvement"}]';
ALTER TABLE assessment_packages ADD CONSTRAINT ck_assessment_packages_terms
    CHECK (invitation_days BETWEEN 1 AND 90 AND reminder_hours BETWEEN 1 AND 2160 AND max_reminders BETWEEN 0 AND 10);

CREATE TABLE questions (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    version           BIGINT         NOT NULL DEFAULT 0,
    company_id        BIGINT         NOT NULL,
    assessment_id     BIGINT         NOT NULL,
    public_id         VARCHAR(36)    NOT NULL,
    position          INT            NOT NULL,
    kind              VARCHAR(16)    NOT NULL,
    prompt            VARCHAR(2000)  NOT NULL,
    points            INT            NOT NULL,
    -- JSON arrays: the choices, the indexes of the right ones, the accepted short answers
    options           VARCHAR(4000)  NOT NULL,
    correct_options   VARCHAR(200)   NOT NULL,
    accepted_answers  VARCHAR(2000)  NOT NULL,
    numeric_answer    DECIMAL(30, 10) NULL,
    numeric_tolerance DECIMAL(30, 10) NULL,
    CONSTRAINT pk_questions PRIMARY KEY (id),
    CONSTRAINT uq_questions_public_id UNIQUE (public_id),
    CONSTRAINT fk_questions_assessment FOREIGN KEY (assessment_id) REFERENCES assessments (id),
    CONSTRAINT ck_questions_kind CHECK (kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SHORT_TEXT', 'NUMERIC')),
    CONSTRAINT ck_questions_points CHECK (points BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_questions_company ON questions (company_id, assessment_id, position);
--rollback DROP TABLE questions; ALTER TABLE assessment_packages DROP CONSTRAINT ck_assessment_packages_terms, DROP COLUMN score_bands, DROP COLUMN max_reminders, DROP COLUMN reminder_hours, DROP COLUMN invitation_days; ALTER TABLE assessments DROP CONSTRAINT ck_assessments_time_limit, DROP COLUMN time_limit_seconds;
