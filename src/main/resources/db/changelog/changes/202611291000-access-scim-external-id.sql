--liquibase formatted sql

--changeset skillgate:202611291000-access-scim-external-id
-- SCIM's externalId (RFC 7643 §3.1): the provisioning client's own id of the user (Okta's, Entra's object id), kept
-- exactly as sent (case-exact) and searchable by the client (filter=externalId eq "…") within the company. Not
-- unique: the client owns its meaning. NULL: none sent.
ALTER TABLE portal_users ADD COLUMN scim_external_id VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
CREATE INDEX ix_portal_users_scim_external_id ON portal_users (company_id, scim_external_id);
--rollback DROP INDEX ix_portal_users_scim_external_id ON portal_users; ALTER TABLE portal_users DROP COLUMN scim_external_id;
