--liquibase formatted sql

--changeset skillgate:202611231301-access-portal-users
CREATE TABLE portal_users (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL DEFAULT 0,
    company_id     BIGINT       NULL,
    email          VARCHAR(254) NOT NULL,
    first_name     VARCHAR(100) NOT NULL,
    last_name      VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(200) NULL,
    system_role    VARCHAR(20)  NOT NULL,
    active         BOOLEAN      NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    last_sign_in_at DATETIME(6) NULL,
    CONSTRAINT pk_portal_users PRIMARY KEY (id),
    CONSTRAINT uq_portal_users_email UNIQUE (email),
    CONSTRAINT fk_portal_users_company FOREIGN KEY (company_id) REFERENCES companies (id),
    -- operators (Skillgate staff) belong to no company; every customer user to exactly one
    CONSTRAINT ck_portal_users_company_role CHECK (
        (system_role = 'OPERATOR' AND company_id IS NULL) OR (system_role <> 'OPERATOR' AND company_id IS NOT NULL)),
    CONSTRAINT ck_portal_users_role CHECK (system_role IN ('OPERATOR', 'ADMIN', 'RECRUITER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_portal_users_company ON portal_users (company_id, last_name, first_name);
--rollback DROP TABLE portal_users;
