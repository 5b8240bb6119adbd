--liquibase formatted sql

--changeset skillgate:202611231500-smartrecruiters-rate-limit-windows
-- SR's per-credential limit of requests per second, counted here so it holds for all nodes together.
-- Not tenant-owned: keyed by the SHA-256 of the client id; rows older than a minute are deleted as we go.
CREATE TABLE sr_rate_limit_windows (
    credential_hash CHAR(64) NOT NULL,
    epoch_second    BIGINT   NOT NULL,
    request_count   INT      NOT NULL,
    CONSTRAINT pk_sr_rate_limit_windows PRIMARY KEY (credential_hash, epoch_second)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE sr_rate_limit_windows;

--changeset skillgate:202611231500-smartrecruiters-configuration-attempts
-- Platform-wide (not tenant-owned): each attempt to send our partner configuration to SR, for the operators.
CREATE TABLE sr_partner_configuration_attempts (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    attempted_at DATETIME(6)   NOT NULL,
    success      BOOLEAN       NOT NULL,
    message      VARCHAR(1000) NULL,
    CONSTRAINT pk_sr_partner_configuration_attempts PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE sr_partner_configuration_attempts;
