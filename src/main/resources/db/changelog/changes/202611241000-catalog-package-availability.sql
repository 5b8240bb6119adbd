--liquibase formatted sql

--changeset skillgate:202611241000-catalog-package-availability
-- Where a package is offered (SR's package-list query: country-code, remote, custom fields).
-- countries: ISO 3166-1 alpha-2 codes, upper case, comma-separated and sorted; empty means everywhere.
-- field_values: a JSON object {fieldId: value} for the custom fields we announce to SR; a field without a value
-- does not restrict the package.
ALTER TABLE assessment_packages
    ADD COLUMN countries      VARCHAR(750)  NOT NULL DEFAULT '',
    ADD COLUMN remote_offered BOOLEAN       NOT NULL DEFAULT TRUE,
    ADD COLUMN field_values   VARCHAR(4000) NOT NULL DEFAULT '{}';
--rollback ALTER TABLE assessment_packages DROP COLUMN field_values, DROP COLUMN remote_offered, DROP COLUMN countries;
