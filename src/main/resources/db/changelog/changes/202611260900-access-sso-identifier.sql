--liquibase formatted sql

--changeset skillgate:202611260900-access-sso-identifier
-- The identifier a user's IdP sends as NameID. Compared exactly (case-sensitive: binary collation), unique per
-- company; NULL means "the e-mail address".
ALTER TABLE portal_users ADD COLUMN sso_identifier VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
CREATE UNIQUE INDEX uq_portal_users_sso_identifier ON portal_users (company_id, sso_identifier);
--rollback DROP INDEX uq_portal_users_sso_identifier ON portal_users; ALTER TABLE portal_users DROP COLUMN sso_identifier;

