--liquibase formatted sql

--changeset skillgate:202611231410-connection-credentials-tokens
CREATE TABLE sr_connections (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    version            BIGINT      NOT NULL DEFAULT 0,
    company_id         BIGINT      NOT NULL,
    sr_company_id      VARCHAR(64) NOT NULL,
    client_id          VARCHAR(64) NOT NULL,
    client_secret_hash VARCHAR(64) NOT NULL,
    status             VARCHAR(16) NOT NULL,
    created_at         DATETIME(6) NOT NULL,
    disabled_at        DATETIME(6) NULL,
    CONSTRAINT pk_sr_connections PRIMARY KEY (id),
    CONSTRAINT uq_sr_connections_company UNIQUE (company_id),
    CONSTRAINT uq_sr_connections_sr_company UNIQUE (sr_company_id),
    CONSTRAINT uq_sr_connections_client UNIQUE (client_id),
    CONSTRAINT fk_sr_connections_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_sr_connections_status CHECK (status IN ('ACTIVE', 'DISABLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sr_access_tokens (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    version       BIGINT      NOT NULL DEFAULT 0,
    company_id    BIGINT      NOT NULL,
    connection_id BIGINT      NOT NULL,
    token_hash    VARCHAR(64) NOT NULL,
    issued_at     DATETIME(6) NOT NULL,
    expires_at    DATETIME(6) NOT NULL,
    revoked       BOOLEAN     NOT NULL,
    CONSTRAINT pk_sr_access_tokens PRIMARY KEY (id),
    CONSTRAINT uq_sr_access_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_sr_access_tokens_connection FOREIGN KEY (connection_id) REFERENCES sr_connections (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_sr_access_tokens_company ON sr_access_tokens (company_id, revoked, issued_at);

-- not tenant-owned: a refused request may name no known client
CREATE TABLE sr_token_failures (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    client_id      VARCHAR(64) NOT NULL,
    remote_address VARCHAR(64) NOT NULL,
    occurred_at    DATETIME(6) NOT NULL,
    CONSTRAINT pk_sr_token_failures PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_sr_token_failures_client ON sr_token_failures (client_id, occurred_at);
CREATE INDEX ix_sr_token_failures_address ON sr_token_failures (remote_address, occurred_at);
--rollback DROP TABLE sr_token_failures; DROP TABLE sr_access_tokens; DROP TABLE sr_connections;
