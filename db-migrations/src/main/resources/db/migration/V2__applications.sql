-- Grant applications: the live draft, immutable submitted versions and the audit trail.
-- The form is stored as JSON (its shape is the API's); the fields that reports group by are
-- mirrored into columns so they can be indexed and queried.

CREATE SEQUENCE application_reference_seq START 1001;

CREATE TABLE grant_application (
    id                   BIGSERIAL PRIMARY KEY,
    reference            VARCHAR(20)  NOT NULL UNIQUE,
    organisation_id      BIGINT       NOT NULL REFERENCES organisation (id),
    round_id             BIGINT       NOT NULL REFERENCES funding_round (id),
    status               VARCHAR(30)  NOT NULL,
    title                VARCHAR(200),
    primary_theme        VARCHAR(60),
    co_production_model  VARCHAR(60),
    form                 JSONB        NOT NULL DEFAULT '{}'::jsonb,
    created_by           VARCHAR(255) NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    updated_by           VARCHAR(255) NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL,
    submitted_at         TIMESTAMPTZ,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT grant_application_status_chk CHECK (status IN
        ('DRAFT', 'SUBMITTED', 'UNDER_ASSESSMENT', 'CHANGES_REQUESTED', 'RESUBMITTED',
         'AWARDED', 'DECLINED', 'WITHDRAWN'))
);
CREATE INDEX grant_application_organisation_idx ON grant_application (organisation_id, updated_at DESC);
CREATE INDEX grant_application_round_status_idx ON grant_application (round_id, status);

-- What was submitted, exactly as submitted: never updated.
CREATE TABLE application_version (
    id              BIGSERIAL PRIMARY KEY,
    application_id  BIGINT       NOT NULL REFERENCES grant_application (id),
    version_number  INTEGER      NOT NULL,
    round_id        BIGINT       NOT NULL,
    form            JSONB        NOT NULL,
    submitted_by    VARCHAR(255) NOT NULL,
    submitted_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT application_version_uq UNIQUE (application_id, version_number)
);

-- Every change of state, and who made it.
CREATE TABLE application_event (
    id              BIGSERIAL PRIMARY KEY,
    application_id  BIGINT       NOT NULL REFERENCES grant_application (id),
    occurred_at     TIMESTAMPTZ  NOT NULL,
    actor           VARCHAR(255) NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    from_status     VARCHAR(30),
    to_status       VARCHAR(30),
    detail          VARCHAR(1000)
);
CREATE INDEX application_event_application_idx ON application_event (application_id, occurred_at);

INSERT INTO vocabulary_term (vocabulary, code, label, description, sort_order) VALUES
('PRIORITY', 'TACKLING_POVERTY', 'Tackling poverty', NULL, 1),
('PRIORITY', 'SOCIAL_INCLUSION', 'Social inclusion', NULL, 2);
