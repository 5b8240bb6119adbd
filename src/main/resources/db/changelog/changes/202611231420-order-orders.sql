--liquibase formatted sql

--changeset skillgate:202611231420-order-orders
CREATE TABLE assessment_orders (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    version                BIGINT        NOT NULL DEFAULT 0,
    company_id             BIGINT        NOT NULL,
    public_id              VARCHAR(36)   NOT NULL,
    kind                   VARCHAR(16)   NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    sr_order_id            VARCHAR(36)   NOT NULL,
    result_callback_url    VARCHAR(1000) NOT NULL,
    callback_hash          VARCHAR(64)   NOT NULL,
    package_id             VARCHAR(36)   NOT NULL,
    candidate_sr_id        VARCHAR(64)   NULL,
    candidate_email        VARCHAR(254)  NOT NULL,
    candidate_first_name   VARCHAR(300)  NOT NULL,
    candidate_last_name    VARCHAR(300)  NOT NULL,
    application_language   VARCHAR(16)   NULL,
    requester_user_id      VARCHAR(64)   NULL,
    requester_email        VARCHAR(254)  NULL,
    job_id                 VARCHAR(64)   NULL,
    completed_callback_url VARCHAR(1000) NULL,
    fields_json            VARCHAR(4000) NOT NULL,
    candidate_token_hash   VARCHAR(64)   NOT NULL,
    received_at            DATETIME(6)   NOT NULL,
    CONSTRAINT pk_assessment_orders PRIMARY KEY (id),
    CONSTRAINT uq_assessment_orders_public_id UNIQUE (public_id),
    -- idempotency: one order per SR result callback URL and company
    CONSTRAINT uq_assessment_orders_callback UNIQUE (company_id, callback_hash),
    CONSTRAINT uq_assessment_orders_candidate_token UNIQUE (candidate_token_hash),
    CONSTRAINT fk_assessment_orders_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_assessment_orders_kind CHECK (kind IN ('REGULAR', 'INLINE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_assessment_orders_company ON assessment_orders (company_id, received_at);
--rollback DROP TABLE assessment_orders;
