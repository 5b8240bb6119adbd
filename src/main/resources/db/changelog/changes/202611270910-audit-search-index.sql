--liquibase formatted sql

--changeset skillgate:202611270910-audit-search-index
-- The audit screen lists newest first (occurred_at DESC, id DESC), for one company or, for operators, for all;
-- both orders, and the from/to filters, read these indexes backwards instead of sorting the whole log.
CREATE INDEX ix_audit_events_company_time ON audit_events (company_id, occurred_at, id);
CREATE INDEX ix_audit_events_time ON audit_events (occurred_at, id);
--rollback DROP INDEX ix_audit_events_time ON audit_events;
--rollback DROP INDEX ix_audit_events_company_time ON audit_events;
