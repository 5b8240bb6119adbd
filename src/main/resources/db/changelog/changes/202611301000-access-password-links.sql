--liquibase formatted sql

--changeset skillgate:202611301000-access-password-links
-- Password links by e-mail: a user without a password (created by the Users API, SCIM or an import) or one who
-- forgot theirs asks for a link at /password and sets a password at /password/<token>. Only the token's SHA-256 is
-- stored; a link is used once, expires, and a newer link of the user replaces the older ones (deleted).
CREATE TABLE password_links (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    company_id BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT pk_password_links PRIMARY KEY (id),
    CONSTRAINT uq_password_links_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_links_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT fk_password_links_user FOREIGN KEY (user_id) REFERENCES portal_users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_password_links_company_user ON password_links (company_id, user_id);
-- Every request for a link, known address or not, for the throttle (per address asked for and per client address;
-- in MariaDB so it holds for all nodes). Not tenant-owned: a request may name no user. The address asked for is
-- kept as its SHA-256 only.
CREATE TABLE password_link_requests (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    email_hash     VARCHAR(64) NOT NULL,
    remote_address VARCHAR(64) NOT NULL,
    requested_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_password_link_requests PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_password_link_requests_email ON password_link_requests (email_hash, requested_at);
CREATE INDEX ix_password_link_requests_address ON password_link_requests (remote_address, requested_at);
--rollback DROP TABLE password_link_requests; DROP TABLE password_links;
