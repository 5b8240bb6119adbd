--liquibase formatted sql

--changeset skillgate:202611231300-company-companies
CREATE TABLE companies (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    version    BIGINT       NOT NULL DEFAULT 0,
    name       VARCHAR(200) NOT NULL,
    slug       VARCHAR(64)  NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_companies PRIMARY KEY (id),
    CONSTRAINT uq_companies_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE companies;
