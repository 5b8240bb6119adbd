--liquibase formatted sql

--changeset skillgate:202611231302-audit-audit-events
CREATE TABLE audit_events (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)   NOT NULL,
    company_id     BIGINT        NULL,
    actor          VARCHAR(254)  NOT NULL,
    action         VARCHAR(64)   NOT NULL,
    detail         VARCHAR(1000) NOT NULL,
    remote_address VARCHAR(64)   NULL,
    CONSTRAINT pk_audit_events PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_audit_events_company ON audit_events (company_id, id);
CREATE INDEX ix_audit_events_action ON audit_events (action, id);
--rollback DROP TABLE audit_events;

--changeset skillgate:202611231302-audit-append-only splitStatements:false
-- The audit log is append-only: the database itself refuses to change or remove an entry.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_events is append-only';
--rollback DROP TRIGGER audit_events_no_update;

--changeset skillgate:202611231302-audit-append-only-delete splitStatements:false
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_events is append-only';
--rollback DROP TRIGGER audit_events_no_delete;
