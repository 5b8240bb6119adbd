--liquibase formatted sql

--changeset skillgate:202611250910-access-access-groups
-- access groups per company (e.g. by department): their members, and the packages (public ids) they may order and
-- see. A package no group names is open to every user of the company; administrators see everything.
CREATE TABLE access_groups (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    company_id BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_access_groups PRIMARY KEY (id),
    CONSTRAINT uq_access_groups_name UNIQUE (company_id, name),
    CONSTRAINT fk_access_groups_company FOREIGN KEY (company_id) REFERENCES companies (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE TABLE access_group_members (
    group_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    CONSTRAINT pk_access_group_members PRIMARY KEY (group_id, user_id),
    CONSTRAINT fk_access_group_members_group FOREIGN KEY (group_id) REFERENCES access_groups (id) ON DELETE CASCADE,
    CONSTRAINT fk_access_group_members_user FOREIGN KEY (user_id) REFERENCES portal_users (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_access_group_members_user ON access_group_members (user_id);
CREATE TABLE access_group_packages (
    group_id   BIGINT      NOT NULL,
    package_id VARCHAR(36) NOT NULL,
    CONSTRAINT pk_access_group_packages PRIMARY KEY (group_id, package_id),
    CONSTRAINT fk_access_group_packages_group FOREIGN KEY (group_id) REFERENCES access_groups (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE access_group_packages; DROP TABLE access_group_members; DROP TABLE access_groups;
