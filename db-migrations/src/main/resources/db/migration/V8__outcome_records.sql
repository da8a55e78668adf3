-- Monitoring: what each respondent of a funded project reported at one collection point.
-- A record is identified by project + respondent code + wave + date; sending it again replaces it.
-- Each multi-select section is a nullable text[]: NULL = not asked, '{}' = answered, none.

CREATE TABLE outcome_record (
    id                        BIGSERIAL    PRIMARY KEY,
    project_id                BIGINT       NOT NULL REFERENCES funded_project (id),
    respondent_ref            VARCHAR(60)  NOT NULL,
    participant_type          VARCHAR(60)  NOT NULL,
    wave                      VARCHAR(20)  NOT NULL,
    collected_on              DATE         NOT NULL,
    consent                   BOOLEAN      NOT NULL,
    contexts                  TEXT[],
    mechanisms                TEXT[],
    short_term_outcomes       TEXT[],
    long_term_outcomes        TEXT[],
    self_identified_outcomes  TEXT[],
    co_production_before      VARCHAR(60),
    co_production_now         VARCHAR(60),
    created_at                TIMESTAMPTZ  NOT NULL,
    created_by                VARCHAR(255) NOT NULL,
    updated_at                TIMESTAMPTZ  NOT NULL,
    updated_by                VARCHAR(255) NOT NULL,
    -- Set when the personal link was removed (an erasure request or the retention period).
    anonymised_at             TIMESTAMPTZ,
    CONSTRAINT outcome_record_identity_uq UNIQUE (project_id, respondent_ref, wave, collected_on),
    CONSTRAINT outcome_record_consent_chk CHECK (consent),
    CONSTRAINT outcome_record_wave_chk CHECK (wave IN ('BASELINE', 'FOLLOW_UP', 'EXIT')),
    CONSTRAINT outcome_record_participant_chk
        CHECK (participant_type IN ('PARTNER', 'COMMUNITY_ANCHOR', 'COMMUNITY_MEMBER'))
);
CREATE INDEX outcome_record_listing_idx ON outcome_record (project_id, collected_on, respondent_ref);
-- The retention job looks for records that still carry a respondent's code.
CREATE INDEX outcome_record_retention_idx ON outcome_record (collected_on) WHERE anonymised_at IS NULL;

-- How long a round keeps the respondents' codes after collection; then a job anonymises them.
ALTER TABLE funding_round
    ADD COLUMN outcome_retention_months INTEGER NOT NULL DEFAULT 84
        CONSTRAINT funding_round_retention_chk CHECK (outcome_retention_months > 0);
