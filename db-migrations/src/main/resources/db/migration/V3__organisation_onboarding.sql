-- Organisations sign up by themselves, an officer verifies them, and members invite colleagues.

ALTER TABLE organisation
    ADD COLUMN verified_by VARCHAR(255),
    ADD COLUMN verified_at TIMESTAMPTZ;

CREATE TABLE organisation_invitation (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    email            VARCHAR(320) NOT NULL,
    invited_by       VARCHAR(255) NOT NULL,
    invited_at       TIMESTAMPTZ  NOT NULL,
    accepted_by      VARCHAR(255),
    accepted_at      TIMESTAMPTZ
);
-- One open invitation per address: an address can join one organisation.
CREATE UNIQUE INDEX organisation_invitation_open_uq ON organisation_invitation (lower(email))
    WHERE accepted_at IS NULL;
CREATE INDEX organisation_invitation_organisation_idx ON organisation_invitation (organisation_id);
