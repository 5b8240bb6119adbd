--liquibase formatted sql

--changeset skillgate:202611270905-access-users-updated-at
-- When a user's name, role, SSO identifier or activation last changed (the Users API's updatedOn / updatedAfter).
ALTER TABLE portal_users ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE portal_users SET updated_at = created_at;
ALTER TABLE portal_users MODIFY COLUMN updated_at DATETIME(6) NOT NULL;
CREATE INDEX ix_portal_users_company_updated ON portal_users (company_id, updated_at, id);
--rollback DROP INDEX ix_portal_users_company_updated ON portal_users; ALTER TABLE portal_users DROP COLUMN updated_at;
