--liquibase formatted sql

--changeset skillgate:202611250900-order-grid
-- the orders grid: the job's title from SR's context as a column (filter and sort without reading JSON), and the
-- indexes of its common queries — a company's orders newest first by status, and by package
-- (SR's context moves out of the row: VARCHAR(8000) of utf8mb4 left no room under InnoDB's 64 KB row limit)
ALTER TABLE assessment_orders MODIFY sr_context TEXT NULL;
ALTER TABLE assessment_orders ADD COLUMN job_title VARCHAR(255) NULL;
UPDATE assessment_orders SET job_title = LEFT(JSON_VALUE(sr_context, '$.job.title'), 255) WHERE sr_context IS NOT NULL;
CREATE INDEX ix_assessment_orders_company_status ON assessment_orders (company_id, status, received_at);
CREATE INDEX ix_assessment_orders_company_package ON assessment_orders (company_id, package_id, received_at);
--rollback DROP INDEX ix_assessment_orders_company_package ON assessment_orders; DROP INDEX ix_assessment_orders_company_status ON assessment_orders; ALTER TABLE assessment_orders DROP COLUMN job_title; ALTER TABLE assessment_orders MODIFY sr_context VARCHAR(8000) NULL;
