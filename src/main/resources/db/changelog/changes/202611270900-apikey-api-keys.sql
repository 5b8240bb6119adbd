--liquibase formatted sql

--changeset skillgate:202611270900-apikey-api-keys
-- A company's API keys. The caller holds sgk_<public_id>_<secret>; we keep only the SHA-256 hex of the secret.
-- scopes: comma-separated codes (users_read, users_manage, ...). last_used_at is written at most once a minute.
CREATE TABLE api_keys (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL DEFAULT 0,
    company_id   BIGINT        NOT NULL,
    public_id    VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    secret_hash  VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    scopes       VARCHAR(200)  NOT NULL,
    created_by   VARCHAR(254)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    last_used_at DATETIME(6)   NULL,
    revoked_at   DATETIME(6)   NULL,
    revoked_by   VARCHAR(254)  NULL,
    CONSTRAINT pk_api_keys PRIMARY KEY (id),
    CONSTRAINT uq_api_keys_public_id UNIQUE (public_id),
    CONSTRAINT fk_api_keys_company FOREIGN KEY (company_id) REFERENCES companies (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_api_keys_company ON api_keys (company_id, created_at);
--rollback DROP TABLE api_keys;
