--liquibase formatted sql

--changeset skillgate:202611281000-access-auditor-role
-- The read-only AUDITOR role of a customer company.
ALTER TABLE portal_users DROP CONSTRAINT ck_portal_users_role;
ALTER TABLE portal_users ADD CONSTRAINT ck_portal_users_role
    CHECK (system_role IN ('OPERATOR', 'ADMIN', 'RECRUITER', 'AUDITOR'));
--rollback ALTER TABLE portal_users DROP CONSTRAINT ck_portal_users_role; ALTER TABLE portal_users ADD CONSTRAINT ck_portal_users_role CHECK (system_role IN ('OPERATOR', 'ADMIN', 'RECRUITER'));
