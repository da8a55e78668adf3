-- Invitations are taken up only through their own link: a single-use, expiring, unguessable token
-- (only its SHA-256 is stored), by a login whose verified e-mail is the invited one. A member can
-- revoke an invitation that has not been used.
ALTER TABLE organisation_invitation
    ADD COLUMN token_hash  CHAR(64),
    ADD COLUMN expires_at  TIMESTAMPTZ,
    ADD COLUMN revoked_by  VARCHAR(255),
    ADD COLUMN revoked_at  TIMESTAMPTZ,
    ADD COLUMN accepted_account_id BIGINT REFERENCES user_account (id);
-- Invitations made before tokens existed have no link and can no longer be taken up: they expired
-- at the migration (a member invites again and the colleague gets a link).
UPDATE organisation_invitation SET expires_at = LEAST(invited_at, now()) WHERE expires_at IS NULL;
ALTER TABLE organisation_invitation ALTER COLUMN expires_at SET NOT NULL;
CREATE UNIQUE INDEX organisation_invitation_token_uq ON organisation_invitation (token_hash);
DROP INDEX organisation_invitation_open_uq;
CREATE UNIQUE INDEX organisation_invitation_open_uq ON organisation_invitation (lower(email))
    WHERE accepted_at IS NULL AND revoked_at IS NULL;

-- Accounts are keyed on Keycloak's subject (the token's sub), never on the username: a username
-- seen with a new subject is a new person, and the old account is kept (replaced, unlinked from
-- the login) for the audit trail. One current account per username.
ALTER TABLE user_account ADD COLUMN replaced_at TIMESTAMPTZ;
ALTER TABLE user_account DROP CONSTRAINT user_account_username_key;
CREATE UNIQUE INDEX user_account_current_username_uq ON user_account (username)
    WHERE replaced_at IS NULL;

-- The invitation e-mail is a notice to an address that has no login yet.
ALTER TABLE notification DROP CONSTRAINT notification_kind_chk;
ALTER TABLE notification ADD CONSTRAINT notification_kind_chk CHECK (kind IN
    ('SUBMISSION_RECEIVED', 'CHANGES_REQUESTED', 'DECISION_RELEASED', 'INVITATION'));
