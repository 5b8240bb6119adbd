--liquibase formatted sql

--changeset skillgate:202611251000-order-statistics-index
-- the dashboard's statistics (OrderStatisticsService) read one company's orders of a period by received_at and
-- group them by package, status, day and completion time: this index covers all of it, so no table row is read.
-- It starts with (company_id, received_at), so it also serves everything ix_assessment_orders_company did (the
-- "last order received" lookup), which is dropped to keep one index less to maintain on every insert.
CREATE INDEX ix_assessment_orders_statistics
    ON assessment_orders (company_id, received_at, package_id, status, completed_at);
DROP INDEX ix_assessment_orders_company ON assessment_orders;
--rollback CREATE INDEX ix_assessment_orders_company ON assessment_orders (company_id, received_at); DROP INDEX ix_assessment_orders_statistics ON assessment_orders;
