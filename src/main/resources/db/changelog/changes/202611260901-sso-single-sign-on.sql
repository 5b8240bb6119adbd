--liquibase formatted sql

--changeset skillgate:202611260901-sso-settings
-- SAML single sign-on per company: the IdP (as entered: metadata URL, pasted metadata or manual fields) resolved
-- to entity id, SSO URL and up to two signing certificates (rollover), and the company's policies.
CREATE TABLE sso_settings (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    version                 BIGINT        NOT NULL DEFAULT 0,
    company_id              BIGINT        NOT NULL,
    enabled                 BOOLEAN       NOT NULL,
    source                  VARCHAR(20)   NOT NULL,
    metadata_url            VARCHAR(2000) NULL,
    metadata_xml            MEDIUMTEXT    NULL,
    idp_entity_id           VARCHAR(1024) NOT NULL,
    idp_sso_url             VARCHAR(2000) NOT NULL,
    idp_certificate_1       TEXT          NOT NULL,
    idp_certificate_2       TEXT          NULL,
    signature_algorithm     VARCHAR(20)   NOT NULL,
    name_id_format          VARCHAR(20)   NOT NULL,
    idp_initiated_allowed   BOOLEAN       NOT NULL,
    login_binding_allowed   BOOLEAN       NOT NULL,
    sso_only                BOOLEAN       NOT NULL,
    break_glass_email       VARCHAR(254)  NULL,
    metadata_refreshed_at   DATETIME(6)   NULL,
    metadata_refresh_error  VARCHAR(1000) NULL,
    last_test_at            DATETIME(6)   NULL,
    last_test_succeeded     BOOLEAN       NULL,
    last_test_detail        VARCHAR(1000) NULL,
    updated_at              DATETIME(6)   NOT NULL,
    updated_by              VARCHAR(254)  NOT NULL,
    CONSTRAINT pk_sso_settings PRIMARY KEY (id),
    CONSTRAINT uq_sso_settings_company UNIQUE (company_id),
    CONSTRAINT fk_sso_settings_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_sso_settings_source CHECK (source IN ('METADATA_URL', 'METADATA_XML', 'MANUAL')),
    CONSTRAINT ck_sso_settings_algorithm CHECK (signature_algorithm IN ('RSA_SHA256', 'RSA_SHA1')),
    CONSTRAINT ck_sso_settings_name_id CHECK (name_id_format IN ('EMAIL', 'PERSISTENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE sso_settings;

--changeset skillgate:202611260902-sso-consumed-assertions
-- Every accepted assertion, until it could no longer be valid: a replay (to this node or any other) is refused.
CREATE TABLE sso_consumed_assertions (
    assertion_key CHAR(64)    NOT NULL,
    company_id    BIGINT      NOT NULL,
    consumed_at   DATETIME(6) NOT NULL,
    expires_at    DATETIME(6) NOT NULL,
    CONSTRAINT pk_sso_consumed_assertions PRIMARY KEY (assertion_key)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
CREATE INDEX ix_sso_consumed_assertions_expiry ON sso_consumed_assertions (expires_at);
--rollback DROP TABLE sso_consumed_assertions;

--changeset skillgate:202611260903-sso-sp-keys
-- The service provider's signing key of a deployment without a configured one (dev, tests): generated once,
-- kept so IdPs that trust its certificate keep working after a restart.
CREATE TABLE sso_sp_keys (
    id          BIGINT      NOT NULL,
    private_key TEXT        NOT NULL,
    certificate TEXT        NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_sso_sp_keys PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
--rollback DROP TABLE sso_sp_keys;

--changeset skillgate:202611260904-sso-authn-requests
-- Sign-ins we started (SP-initiated), keyed by their RelayState, until the IdP's answer arrives: the answer is a
-- cross-site POST that carries no (SameSite=Lax) session cookie and may reach another node. Also where the user
-- wanted to go, and whether an admin asked for a test sign-in.
CREATE TABLE sso_authn_requests (
    relay_state_key  CHAR(64)      NOT NULL,
    registration_id  VARCHAR(64)   NOT NULL,
    request_id       VARCHAR(256)  NOT NULL,
    relay_state      VARCHAR(256)  NOT NULL,
    binding          VARCHAR(10)   NOT NULL,
    saml_request     TEXT          NOT NULL,
    request_uri      VARCHAR(2000) NOT NULL,
    sig_alg          VARCHAR(256)  NULL,
    signature        VARCHAR(2000) NULL,
    target_path      VARCHAR(2000) NULL,
    test_requested_by VARCHAR(254) NULL,
    created_at       DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    CONSTRAINT pk_sso_authn_requests PRIMARY KEY (relay_state_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE INDEX ix_sso_authn_requests_expiry ON sso_authn_requests (expires_at);
--rollback DROP TABLE sso_authn_requests;
