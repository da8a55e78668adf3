-- Monitoring returns: one per reporting period of a funded project's monitoring plan
-- (project_report_due). Anchors draft and submit; officers accept or query (back to the anchor).

CREATE TABLE monitoring_return (
    id                     BIGSERIAL     PRIMARY KEY,
    project_id             BIGINT        NOT NULL,
    due_on                 DATE          NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    participants_reached   INTEGER,
    activities_delivered   VARCHAR(4000),
    what_worked            VARCHAR(4000),
    barriers               VARCHAR(4000),
    enablers               VARCHAR(4000),
    unexpected_results     VARCHAR(4000),
    co_production_changes  VARCHAR(4000),
    query                  VARCHAR(4000),
    updated_at             TIMESTAMPTZ   NOT NULL,
    updated_by             VARCHAR(255)  NOT NULL,
    submitted_at           TIMESTAMPTZ,
    submitted_by           VARCHAR(255),
    reviewed_at            TIMESTAMPTZ,
    reviewed_by            VARCHAR(255),
    version                BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT monitoring_return_period_uq UNIQUE (project_id, due_on),
    CONSTRAINT monitoring_return_period_fk FOREIGN KEY (project_id, due_on)
        REFERENCES project_report_due (project_id, due_on),
    CONSTRAINT monitoring_return_status_chk
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'QUERIED', 'ACCEPTED')),
    CONSTRAINT monitoring_return_participants_chk
        CHECK (participants_reached IS NULL OR participants_reached >= 0)
);
CREATE INDEX monitoring_return_status_idx ON monitoring_return (status);
-- The overdue list looks for periods due before today.
CREATE INDEX project_report_due_due_on_idx ON project_report_due (due_on);
