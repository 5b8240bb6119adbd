--liquibase formatted sql

--changeset skillgate:202611301100-access-password-changed-at
-- When the user's password was last set by a password link (NULL: never). A UI session that signed in before it
-- ends with its next request on any node (ActiveUserFilter), not only on the node that set the password.
ALTER TABLE portal_users ADD COLUMN password_changed_at DATETIME(6) NULL;
--rollback ALTER TABLE portal_users DROP COLUMN password_changed_at;
