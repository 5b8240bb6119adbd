--liquibase formatted sql

--changeset skillgate:202611231600-connection-consent
-- A grant in progress is PENDING while SR is called; SR's answering credential is kept encrypted (AES-GCM).
ALTER TABLE sr_connections DROP CONSTRAINT ck_sr_connections_status;
ALTER TABLE sr_connections
    ADD CONSTRAINT ck_sr_connections_status CHECK (status IN ('PENDING', 'ACTIVE', 'DISABLED')),
    ADD COLUMN connected_by         VARCHAR(254)  NULL,
    ADD COLUMN connected_at         DATETIME(6)   NULL,
    ADD COLUMN sr_client_id         VARCHAR(128)  NULL,
    ADD COLUMN sr_client_secret_enc VARCHAR(1024) NULL,
    ADD COLUMN disabled_by          VARCHAR(254)  NULL;
UPDATE sr_connections SET connected_at = created_at WHERE status <> 'PENDING';
--rollback ALTER TABLE sr_connections DROP COLUMN connected_by, DROP COLUMN connected_at, DROP COLUMN sr_client_id, DROP COLUMN sr_client_secret_enc, DROP COLUMN disabled_by;
