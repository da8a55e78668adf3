-- Assessment: each round's scoring rubric, assignment of officers, conflict-of-interest
-- declarations, officers' assessments with scores, managers' decisions and funded projects.

-- The rubric a round starts with (from the review's recommendations); a manager may change a
-- round's own copy.
CREATE TABLE default_criterion (
    code        VARCHAR(40)   PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    weight      NUMERIC(5, 2) NOT NULL,
    min_score   INTEGER       NOT NULL,
    max_score   INTEGER       NOT NULL,
    sort_order  INTEGER       NOT NULL
);
INSERT INTO default_criterion VALUES
('PRIORITIES_FIT', 'Fit with the fund''s priorities', 'How well the project tackles poverty and promotes social inclusion.', 20, 0, 5, 1),
('CO_PRODUCTION', 'Depth of co-production', 'How far people take part in needs assessment, co-design, co-delivery and joint evaluation.', 20, 0, 5, 2),
('BEHAVIOUR_CHANGE', 'Coherence of the behaviour-change strategy', 'Whether the activities build capability, create opportunity and strengthen motivation in a sensible balance.', 15, 0, 5, 3),
('PARTNERSHIPS', 'Strength of partnerships', 'The partners, their roles and how they add to the project.', 15, 0, 5, 4),
('THEORY_OF_CHANGE', 'Realism of the theory of change', 'Whether the contexts and mechanisms plausibly lead to the outcomes.', 15, 0, 5, 5),
('VALUE_FOR_MONEY', 'Value for money and deliverability', 'Whether the multi-year budget is realistic and proportionate.', 15, 0, 5, 6);

CREATE TABLE round_criterion (
    id          BIGSERIAL     PRIMARY KEY,
    round_id    BIGINT        NOT NULL REFERENCES funding_round (id),
    code        VARCHAR(40)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    weight      NUMERIC(5, 2) NOT NULL CHECK (weight > 0),
    min_score   INTEGER       NOT NULL,
    max_score   INTEGER       NOT NULL,
    sort_order  INTEGER       NOT NULL,
    CONSTRAINT round_criterion_uq UNIQUE (round_id, code),
    CONSTRAINT round_criterion_scale_chk CHECK (max_score > min_score)
);
INSERT INTO round_criterion (round_id, code, name, description, weight, min_score, max_score, sort_order)
SELECT r.id, d.code, d.name, d.description, d.weight, d.min_score, d.max_score, d.sort_order
FROM funding_round r CROSS JOIN default_criterion d;

ALTER TABLE funding_round
    ADD COLUMN self_assignment BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN moderation_threshold NUMERIC(5, 2) NOT NULL DEFAULT 15;

CREATE TABLE application_assignment (
    application_id  BIGINT       PRIMARY KEY REFERENCES grant_application (id),
    officer         VARCHAR(255) NOT NULL,
    moderator       VARCHAR(255),
    assigned_by     VARCHAR(255) NOT NULL,
    assigned_at     TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT application_assignment_two_people_chk CHECK (moderator IS NULL OR moderator <> officer)
);
CREATE INDEX application_assignment_officer_idx ON application_assignment (officer);

CREATE TABLE conflict_declaration (
    id              BIGSERIAL     PRIMARY KEY,
    application_id  BIGINT        NOT NULL REFERENCES grant_application (id),
    officer         VARCHAR(255)  NOT NULL,
    conflict        BOOLEAN       NOT NULL,
    reason          VARCHAR(1000),
    declared_at     TIMESTAMPTZ   NOT NULL,
    CONSTRAINT conflict_declaration_uq UNIQUE (application_id, officer),
    CONSTRAINT conflict_reason_chk CHECK (NOT conflict OR reason IS NOT NULL)
);

CREATE TABLE assessment (
    id                       BIGSERIAL     PRIMARY KEY,
    application_id           BIGINT        NOT NULL REFERENCES grant_application (id),
    officer                  VARCHAR(255)  NOT NULL,
    status                   VARCHAR(20)   NOT NULL,
    co_production_model      VARCHAR(60),
    model_reason             VARCHAR(1000),
    recommendation           VARCHAR(20),
    comment                  VARCHAR(4000),
    weighted_total           NUMERIC(7, 2),
    updated_at               TIMESTAMPTZ   NOT NULL,
    completed_at             TIMESTAMPTZ,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT assessment_uq UNIQUE (application_id, officer),
    CONSTRAINT assessment_status_chk CHECK (status IN ('DRAFT', 'COMPLETED')),
    CONSTRAINT assessment_recommendation_chk CHECK (recommendation IS NULL OR recommendation IN ('AWARD', 'DECLINE', 'REQUEST_CHANGES'))
);

CREATE TABLE assessment_score (
    assessment_id   BIGINT        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    criterion_code  VARCHAR(40)   NOT NULL,
    score           INTEGER       NOT NULL,
    justification   VARCHAR(4000) NOT NULL,
    PRIMARY KEY (assessment_id, criterion_code)
);

CREATE TABLE decision (
    application_id  BIGINT        PRIMARY KEY REFERENCES grant_application (id),
    outcome         VARCHAR(20)   NOT NULL,
    reason          VARCHAR(4000),
    start_date      DATE,
    conditions      VARCHAR(4000),
    decided_by      VARCHAR(255)  NOT NULL,
    decided_at      TIMESTAMPTZ   NOT NULL,
    released_at     TIMESTAMPTZ,
    released_by     VARCHAR(255),
    CONSTRAINT decision_outcome_chk CHECK (outcome IN ('AWARD', 'DECLINE', 'REQUEST_CHANGES'))
);

CREATE SEQUENCE project_reference_seq START 101;

CREATE TABLE funded_project (
    id                   BIGSERIAL    PRIMARY KEY,
    project_ref          VARCHAR(20)  NOT NULL UNIQUE,
    application_id       BIGINT       NOT NULL UNIQUE REFERENCES grant_application (id),
    organisation_id      BIGINT       NOT NULL REFERENCES organisation (id),
    round_id             BIGINT       NOT NULL REFERENCES funding_round (id),
    title                VARCHAR(200) NOT NULL,
    primary_theme        VARCHAR(60)  NOT NULL,
    co_production_model  VARCHAR(60)  NOT NULL,
    start_date           DATE         NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX funded_project_organisation_idx ON funded_project (organisation_id);

CREATE TABLE project_amount (
    project_id  BIGINT         NOT NULL REFERENCES funded_project (id),
    year        INTEGER        NOT NULL CHECK (year BETWEEN 1 AND 3),
    amount      NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (project_id, year)
);

-- The monitoring plan: when each progress report is due.
CREATE TABLE project_report_due (
    project_id  BIGINT  NOT NULL REFERENCES funded_project (id),
    due_on      DATE    NOT NULL,
    period      VARCHAR(40) NOT NULL,
    PRIMARY KEY (project_id, due_on)
);
