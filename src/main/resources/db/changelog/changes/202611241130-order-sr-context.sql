--liquibase formatted sql

--changeset skillgate:202611241130-order-sr-context
-- what SR tells about the order's candidate, job and hiring team (JSON), fetched in the background after the order
-- arrived; failures are retried with backoff and finally tolerated (FAILED: the order works without it)
ALTER TABLE assessment_orders ADD COLUMN sr_context VARCHAR(8000) NULL;
ALTER TABLE assessment_orders ADD COLUMN context_state VARCHAR(16) NOT NULL DEFAULT 'PENDING';
ALTER TABLE assessment_orders ADD COLUMN context_attempts INT NOT NULL DEFAULT 0;
ALTER TABLE assessment_orders ADD COLUMN next_context_at DATETIME(6) NULL;
ALTER TABLE assessment_orders ADD CONSTRAINT ck_assessment_orders_context_state
    CHECK (context_state IN ('PENDING', 'DONE', 'FAILED'));
CREATE INDEX ix_assessment_orders_context ON assessment_orders (context_state, next_context_at);
--rollback DROP INDEX ix_assessment_orders_context ON assessment_orders; ALTER TABLE assessment_orders DROP CONSTRAINT ck_assessment_orders_context_state, DROP COLUMN next_context_at, DROP COLUMN context_attempts, DROP COLUMN context_state, DROP COLUMN sr_context;
