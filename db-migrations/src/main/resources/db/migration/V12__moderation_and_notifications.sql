-- Moderation: the score agreed when two assessments differ by more than the round's threshold.
CREATE TABLE moderation (
    application_id   BIGINT        PRIMARY KEY REFERENCES grant_application (id),
    moderated_total  NUMERIC(7, 2) NOT NULL CHECK (moderated_total BETWEEN 0 AND 100),
    note             VARCHAR(4000) NOT NULL,
    agreed_by        VARCHAR(255)  NOT NULL,
    agreed_at        TIMESTAMPTZ   NOT NULL
);
CREATE TRIGGER moderation_audit AFTER INSERT OR UPDATE OR DELETE ON moderation
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('application_id', 'application_id', '');

-- Notifications: an in-app notice for one user, and the e-mail that goes with it. E-mail is sent
-- after the transaction that created the notice commits, by a job that claims rows with
-- FOR UPDATE SKIP LOCKED, so two nodes never send the same message.
CREATE TABLE notification (
    id              BIGSERIAL     PRIMARY KEY,
    recipient       VARCHAR(255)  NOT NULL,
    email           VARCHAR(320),
    application_id  BIGINT        REFERENCES grant_application (id),
    kind            VARCHAR(40)   NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    link            VARCHAR(500),
    created_at      TIMESTAMPTZ   NOT NULL,
    read_at         TIMESTAMPTZ,
    email_state     VARCHAR(10)   NOT NULL,
    email_attempts  INTEGER       NOT NULL DEFAULT 0,
    email_next_at   TIMESTAMPTZ,
    email_sent_at   TIMESTAMPTZ,
    CONSTRAINT notification_kind_chk CHECK (kind IN
        ('SUBMISSION_RECEIVED', 'CHANGES_REQUESTED', 'DECISION_RELEASED')),
    CONSTRAINT notification_email_state_chk CHECK (email_state IN ('PENDING', 'SENT', 'FAILED', 'NONE'))
);
CREATE INDEX notification_recipient_idx ON notification (recipient, created_at DESC);
CREATE INDEX notification_pending_idx ON notification (email_next_at) WHERE email_state = 'PENDING';
