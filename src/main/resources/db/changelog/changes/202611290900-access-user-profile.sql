--liquibase formatted sql

--changeset skillgate:202611290900-access-user-profile
-- The rest of SmartRecruiters' User (Users API v201804), all optional:
-- external_data: an opaque string of the customer's systems. SR sets no limit; 2000 characters holds any id or
--   short reference an HRIS or SAM tool keeps there, keeps the row far below InnoDB's row size (no off-page TEXT)
--   and is refused above that rather than cut.
-- sso_login_mode: SSO or PASSWORD; applies only while the company's SSO is enabled (NULL: the company's rules).
-- language_code: one of SR's language codes (e.g. en, pt-BR, zh-TW); NULL answers as en.
-- location_*: country (ISO 3166-1 alpha-2, upper case) and city are both set or the location is absent.
ALTER TABLE portal_users
    ADD COLUMN external_data         VARCHAR(2000) NULL,
    ADD COLUMN sso_login_mode        VARCHAR(10)   NULL,
    ADD COLUMN language_code         VARCHAR(10)   NULL,
    ADD COLUMN location_country_code VARCHAR(2)    NULL,
    ADD COLUMN location_city         VARCHAR(200)  NULL,
    ADD COLUMN location_region_code  VARCHAR(100)  NULL,
    ADD COLUMN location_address      VARCHAR(500)  NULL,
    ADD COLUMN location_postal_code  VARCHAR(40)   NULL,
    ADD CONSTRAINT ck_portal_users_sso_login_mode CHECK (sso_login_mode IN ('SSO', 'PASSWORD')),
    ADD CONSTRAINT ck_portal_users_location CHECK (
        (location_country_code IS NOT NULL AND location_city IS NOT NULL)
        OR (location_country_code IS NULL AND location_city IS NULL AND location_region_code IS NULL
            AND location_address IS NULL AND location_postal_code IS NULL));
--rollback ALTER TABLE portal_users DROP CONSTRAINT ck_portal_users_location, DROP CONSTRAINT ck_portal_users_sso_login_mode, DROP COLUMN location_postal_code, DROP COLUMN location_address, DROP COLUMN location_region_code, DROP COLUMN location_city, DROP COLUMN location_country_code, DROP COLUMN language_code, DROP COLUMN sso_login_mode, DROP COLUMN external_data;
