--liquibase formatted sql

--changeset skillgate:202611241120-smartrecruiters-result-deliveries
-- The outbox of result pushes to SR: written in the transaction that changed the order, delivered by a background
-- job (PATCH …/results, or the PDF upload for an ATTACHMENT row), in id order per SR order. A delivered or failed
-- row is kept as the order's delivery history; a replay adds a new row. last_error never holds a secret.
CREATE TABLE result_deliveries (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    version         BIGINT       NOT NULL DEFAULT 0,
    company_id      BIGINT       NOT NULL,
    order_id        VARCHAR(36)  NOT NULL,
    sr_order_id     VARCHAR(36)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    sr_status       VARCHAR(16)  NOT NULL,
    payload         MEDIUMTEXT   NULL,
    state           VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_attempt_at DATETIME(6)  NULL,
    last_error      VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    delivered_at    DATETIME(6)  NULL,
    replay_of       BIGINT       NULL,
    CONSTRAINT pk_result_deliveries PRIMARY KEY (id),
    CONSTRAINT ck_result_deliveries_kind CHECK (kind IN ('RESULT', 'ATTACHMENT')),
    CONSTRAINT ck_result_deliveries_state CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT ck_result_deliveries_sr_status
        CHECK (sr_status IN ('IN_PROGRESS', 'PENDING', 'COMPLETED', 'REJECTED', 'EXPIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- an order's history (the order page, the connection page's last push)
CREATE INDEX ix_result_deliveries_company ON result_deliveries (company_id, order_id, id);
-- the pending rows of one SR order, oldest first (the in-order rule)
CREATE INDEX ix_result_deliveries_sr_order ON result_deliveries (company_id, sr_order_id, state, id);
-- the connection page: the last push, the last error
CREATE INDEX ix_result_deliveries_company_state ON result_deliveries (company_id, state, id);
-- the job's scan: due pending rows, oldest first
CREATE INDEX ix_result_deliveries_due ON result_deliveries (state, next_attempt_at, id);
--rollback DROP TABLE result_deliveries;
