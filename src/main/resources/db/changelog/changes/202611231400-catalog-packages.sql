--liquibase formatted sql

--changeset skillgate:202611231400-catalog-packages
CREATE TABLE assessment_packages (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL DEFAULT 0,
    company_id  BIGINT        NOT NULL,
    public_id   VARCHAR(36)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    type        VARCHAR(32)   NOT NULL,
    active      BOOLEAN       NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_assessment_packages PRIMARY KEY (id),
    CONSTRAINT uq_assessment_packages_public_id UNIQUE (public_id),
    CONSTRAINT fk_assessment_packages_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_assessment_packages_type CHECK (type IN ('VIDEO_INTERVIEW', 'BEHAVIORAL_ASSESSMENT',
        'BACKGROUND_CHECK', 'REFERENCE_CHECK', 'SKILL_TEST', 'INLINE_ASSESSMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_assessment_packages_company ON assessment_packages (company_id, active, name);

CREATE TABLE assessments (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL DEFAULT 0,
    company_id  BIGINT        NOT NULL,
    package_id  BIGINT        NOT NULL,
    public_id   VARCHAR(36)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    type        VARCHAR(32)   NOT NULL,
    position    INT           NOT NULL,
    CONSTRAINT pk_assessments PRIMARY KEY (id),
    CONSTRAINT uq_assessments_public_id UNIQUE (public_id),
    CONSTRAINT fk_assessments_package FOREIGN KEY (package_id) REFERENCES assessment_packages (id),
    CONSTRAINT ck_assessments_type CHECK (type IN ('VIDEO_INTERVIEW', 'BEHAVIORAL_ASSESSMENT',
        'BACKGROUND_CHECK', 'REFERENCE_CHECK', 'SKILL_TEST', 'INLINE_ASSESSMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_assessments_company ON assessments (company_id, package_id, position);
--rollback DROP TABLE assessments; DROP TABLE assessment_packages;
