--liquibase formatted sql

--changeset skillgate:202611280900-access-activity-reclamation
-- Last activity per user (a signed-in UI request, written at most every 5 minutes) and each company's reclamation
-- rule: users inactive for inactive_days are listed for the admins, or deactivated by the daily job (AUTOMATIC).
ALTER TABLE portal_users ADD COLUMN last_activity_at DATETIME(6) NULL;
CREATE TABLE reclamation_rules (
    company_id    BIGINT       NOT NULL,
    inactive_days INT          NOT NULL,
    mode          VARCHAR(20)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(254) NOT NULL,
    CONSTRAINT pk_reclamation_rules PRIMARY KEY (company_id),
    CONSTRAINT fk_reclamation_rules_company FOREIGN KEY (company_id) REFERENCES companies (id),
    CONSTRAINT ck_reclamation_rules_days CHECK (inactive_days BETWEEN 0 AND 3650),
    CONSTRAINT ck_reclamation_rules_mode CHECK (mode IN ('LIST_ONLY', 'AUTOMATIC'))
) ENGINE=InnoDB;
--rollback DROP TABLE reclamation_rules; ALTER TABLE portal_users DROP COLUMN last_activity_at;
