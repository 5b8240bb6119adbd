--liquibase formatted sql

--changeset skillgate:202611241110-order-lifecycle
-- the order's lifecycle (received -> invited -> in progress -> completed / expired / rejected), its invitation
-- terms, its result, and what the candidate answered
ALTER TABLE assessment_orders ADD CONSTRAINT ck_assessment_orders_status
    CHECK (status IN ('RECEIVED', 'INVITED', 'IN_PROGRESS', 'COMPLETED', 'EXPIRED', 'REJECTED'));
ALTER TABLE assessment_orders ADD COLUMN expires_at DATETIME(6) NULL;
ALTER TABLE assessment_orders ADD COLUMN reminders_sent INT NOT NULL DEFAULT 0;
ALTER TABLE assessment_orders ADD COLUMN next_reminder_at DATETIME(6) NULL;
-- a regular order waits for its invitation mail; a failed send is tried again from this time on
ALTER TABLE assessment_orders ADD COLUMN invitation_attempts INT NOT NULL DEFAULT 0;
ALTER TABLE assessment_orders ADD COLUMN next_invitation_at DATETIME(6) NULL;
ALTER TABLE assessment_orders ADD COLUMN started_at DATETIME(6) NULL;
ALTER TABLE assessment_orders ADD COLUMN completed_at DATETIME(6) NULL;
ALTER TABLE assessment_orders ADD COLUMN score_raw INT NULL;
ALTER TABLE assessment_orders ADD COLUMN score_min INT NULL;
ALTER TABLE assessment_orders ADD COLUMN score_max INT NULL;
ALTER TABLE assessment_orders ADD COLUMN score_label VARCHAR(100) NULL;
-- the unguessable key of the result's PDF report (a capability URL: SR shows the link to its users)
ALTER TABLE assessment_orders ADD COLUMN report_key VARCHAR(64) NULL;
ALTER TABLE assessment_orders ADD CONSTRAINT uq_assessment_orders_report_key UNIQUE (report_key);
-- why a human must look at the order (e.g. its result could not be delivered to SR); null when all is well
ALTER TABLE assessment_orders ADD COLUMN attention VARCHAR(500) NULL;
CREATE INDEX ix_assessment_orders_due ON assessment_orders (status, expires_at);
CREATE INDEX ix_assessment_orders_reminders ON assessment_orders (status, next_reminder_at);
CREATE INDEX ix_assessment_orders_invitations ON assessment_orders (status, kind, next_invitation_at);

-- the timeline: every transition after the order was received (received_at is on the order)
CREATE TABLE order_events (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    company_id  BIGINT       NOT NULL,
    order_id    BIGINT       NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    note        VARCHAR(500) NOT NULL,
    CONSTRAINT pk_order_events PRIMARY KEY (id),
    CONSTRAINT fk_order_events_order FOREIGN KEY (order_id) REFERENCES assessment_orders (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_order_events_company ON order_events (company_id, order_id, id);

-- one row per assessment of the package the candidate started: its deadline and, once submitted, its score
CREATE TABLE order_sections (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    version       BIGINT      NOT NULL DEFAULT 0,
    company_id    BIGINT      NOT NULL,
    order_id      BIGINT      NOT NULL,
    assessment_id VARCHAR(36) NOT NULL,
    started_at    DATETIME(6) NOT NULL,
    deadline_at   DATETIME(6) NULL,
    submitted_at  DATETIME(6) NULL,
    score_raw     INT         NULL,
    score_min     INT         NULL,
    score_max     INT         NULL,
    score_label   VARCHAR(100) NULL,
    CONSTRAINT pk_order_sections PRIMARY KEY (id),
    CONSTRAINT uq_order_sections UNIQUE (order_id, assessment_id),
    CONSTRAINT fk_order_sections_order FOREIGN KEY (order_id) REFERENCES assessment_orders (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_order_sections_company ON order_sections (company_id, order_id);

-- the candidate's answers, saved as they go: one row per question, overwritten until the section is submitted
CREATE TABLE order_answers (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL DEFAULT 0,
    company_id  BIGINT        NOT NULL,
    order_id    BIGINT        NOT NULL,
    question_id VARCHAR(36)   NOT NULL,
    answer      VARCHAR(2000) NOT NULL,
    saved_at    DATETIME(6)   NOT NULL,
    CONSTRAINT pk_order_answers PRIMARY KEY (id),
    CONSTRAINT uq_order_answers UNIQUE (order_id, question_id),
    CONSTRAINT fk_order_answers_order FOREIGN KEY (order_id) REFERENCES assessment_orders (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_order_answers_company ON order_answers (company_id, order_id);
--rollback DROP TABLE order_answers; DROP TABLE order_sections; DROP TABLE order_events;
