-- Foundation schema: organisations, logins, funding rounds and the reference vocabularies.
-- Vocabularies are data with stable codes so an administrator can add terms later; labels are
-- the words of the PCF review (see shared/seeds) and may be edited.

CREATE TABLE organisation (
    id              BIGSERIAL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    org_type        VARCHAR(40)  NOT NULL,
    charity_number  VARCHAR(20),
    company_number  VARCHAR(20),
    address         VARCHAR(500),
    area            VARCHAR(200),
    verified        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT organisation_type_chk
        CHECK (org_type IN ('CHARITY', 'COMPANY', 'COMMUNITY_GROUP', 'SOCIAL_ENTERPRISE', 'OTHER')),
    CONSTRAINT organisation_charity_number_chk
        CHECK (charity_number IS NULL OR charity_number ~ '^SC[0-9]{6}$')
);
CREATE UNIQUE INDEX organisation_charity_number_uq ON organisation (charity_number)
    WHERE charity_number IS NOT NULL;
CREATE UNIQUE INDEX organisation_company_number_uq ON organisation (company_number)
    WHERE company_number IS NOT NULL;

-- A login (Keycloak user) and the organisation it acts for. Staff of the fund have no organisation.
CREATE TABLE user_account (
    id                BIGSERIAL PRIMARY KEY,
    keycloak_user_id  VARCHAR(64)  UNIQUE,
    username          VARCHAR(255) NOT NULL UNIQUE,
    email             VARCHAR(320),
    organisation_id   BIGINT REFERENCES organisation (id),
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_login_at     TIMESTAMPTZ
);
CREATE INDEX user_account_organisation_idx ON user_account (organisation_id);

CREATE TABLE funding_round (
    id            BIGSERIAL PRIMARY KEY,
    name          VARCHAR(200)   NOT NULL UNIQUE,
    opens_on      DATE           NOT NULL,
    closes_on     DATE           NOT NULL,
    max_per_year  NUMERIC(12, 2) NOT NULL,
    max_years     INTEGER        NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT funding_round_dates_chk CHECK (closes_on >= opens_on),
    CONSTRAINT funding_round_max_chk CHECK (max_per_year > 0),
    CONSTRAINT funding_round_years_chk CHECK (max_years BETWEEN 1 AND 3)
);

CREATE TABLE vocabulary_term (
    id           BIGSERIAL PRIMARY KEY,
    vocabulary   VARCHAR(40)  NOT NULL,
    code         VARCHAR(60)  NOT NULL,
    label        VARCHAR(200) NOT NULL,
    description  VARCHAR(1000),
    sort_order   INTEGER      NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT vocabulary_term_uq UNIQUE (vocabulary, code),
    CONSTRAINT vocabulary_term_code_chk CHECK (code ~ '^[A-Z][A-Z0-9_]*$')
);

INSERT INTO vocabulary_term (vocabulary, code, label, description, sort_order) VALUES
('THEME', 'ADVICE_SUPPORT', 'Advice/support service', NULL, 1),
('THEME', 'TRAINING_UPSKILLING', 'Training and upskilling', NULL, 2),
('THEME', 'VOLUNTEERING_MENTORING', 'Volunteering and mentoring', NULL, 3),

('CO_PRODUCTION_MODEL', 'TRADITIONAL', 'Traditional',
 'The anchor designs and delivers a service; people using it are consulted through interviews, signposting and feedback. Example: a money and benefits advice service that reviews its offer with service users.', 1),
('CO_PRODUCTION_MODEL', 'EMPLOYABILITY_SKILLS', 'Employability and Skills',
 'A targeted training programme shaped with participants and employers. Example: a modern apprenticeship or volunteer development programme with regular development meetings.', 2),
('CO_PRODUCTION_MODEL', 'TWO_LEVEL_SUPPORT', 'Two level support',
 'The anchor supports people directly and, at a second level, supports partner organisations who work with them. Example: a project that trains local groups who then run activities for their members.', 3),
('CO_PRODUCTION_MODEL', 'PROGRESSION', 'Progression',
 'A cyclical approach where former service users become volunteers and mentors for the next cohort. Example: learners who return as volunteer tutors on the next course.', 4),
('CO_PRODUCTION_MODEL', 'DOUBLE_PROGRESSION', 'Double progression',
 'Progression combined with intensive partner involvement offering work placements and jobs. Example: volunteers move on to placements and employment with partner organisations.', 5),

('PARTICIPANT_TYPE', 'PARTNER', 'Partners', NULL, 1),
('PARTICIPANT_TYPE', 'COMMUNITY_ANCHOR', 'Community Anchors', NULL, 2),
('PARTICIPANT_TYPE', 'COMMUNITY_MEMBER', 'Community Members', NULL, 3),

('CONTEXT', 'MADE_WELCOME', 'Made to feel welcome', NULL, 1),
('CONTEXT', 'NEEDS_ASSESSMENT', 'Needs assessment', NULL, 2),
('CONTEXT', 'ENCOURAGED_OPPORTUNITIES', 'Encouraged to take up opportunities', NULL, 3),
('CONTEXT', 'SOCIALISE_NETWORK', 'Able to socialise and network', NULL, 4),
('CONTEXT', 'GREATER_OPPORTUNITIES', 'Greater levels of opportunities', NULL, 5),
('CONTEXT', 'DIVERSE_SERVICES', 'Diversity of services', NULL, 6),
('CONTEXT', 'AWARENESS_TRAINING', 'Awareness training', NULL, 7),
('CONTEXT', 'CO_DELIVERY', 'Co-delivery opportunities', NULL, 8),

('MECHANISM', 'TRUST_RELATIONSHIPS', 'Trust/relationship building', NULL, 1),
('MECHANISM', 'BELONGING', 'Belonging/connectedness', NULL, 2),
('MECHANISM', 'CONFIDENCE', 'Confidence', NULL, 3),
('MECHANISM', 'PRIDE', 'Pride', NULL, 4),
('MECHANISM', 'OWNERSHIP', 'Ownership', NULL, 5),
('MECHANISM', 'EMPOWERMENT', 'Empowerment', NULL, 6),
('MECHANISM', 'SELF_ESTEEM', 'Self-esteem', NULL, 7),

('SHORT_TERM_OUTCOME', 'SKILLS_KNOWLEDGE', 'Increase in skills, knowledge or understanding', NULL, 1),
('SHORT_TERM_OUTCOME', 'INCREASED_ENGAGEMENT', 'Increased engagement', NULL, 2),
('SHORT_TERM_OUTCOME', 'COMMUNITY_CONNECTEDNESS', 'Improved connectedness with local community', NULL, 3),
('SHORT_TERM_OUTCOME', 'IMPROVED_ASPIRATIONS', 'Improved aspirations', NULL, 4),
('SHORT_TERM_OUTCOME', 'PARTNERSHIP_WORKING', 'Better partnership working', NULL, 5),
('SHORT_TERM_OUTCOME', 'LIFE_CHANGING', 'Life changing experiences', NULL, 6),

('LONG_TERM_OUTCOME', 'WELLBEING', 'Improved well-being', NULL, 1),
('LONG_TERM_OUTCOME', 'SOCIAL_CAPITAL', 'Improved social capital', NULL, 2),
('LONG_TERM_OUTCOME', 'LIFE_CHANCES', 'Improved life chances', NULL, 3),
('LONG_TERM_OUTCOME', 'SERVICE_PROVISION', 'Improved service provision', NULL, 4),
('LONG_TERM_OUTCOME', 'EMPLOYMENT', 'Employment', NULL, 5),

('SELF_IDENTIFIED_OUTCOME', 'FRIENDS_COMMUNITY', 'More friends/community involvement', NULL, 1),
('SELF_IDENTIFIED_OUTCOME', 'NEW_SKILLS', 'New skills', NULL, 2),
('SELF_IDENTIFIED_OUTCOME', 'IMPROVED_RELATIONSHIPS', 'Improved relationships', NULL, 3),
('SELF_IDENTIFIED_OUTCOME', 'IMPROVED_CONFIDENCE', 'Improved confidence', NULL, 4),
('SELF_IDENTIFIED_OUTCOME', 'EXPANDED_SERVICES', 'Expanded services', NULL, 5),

('CO_PRODUCTION_LEVEL', 'NOT_INVOLVED', 'Not involved', 'People using the service have no say in it.', 1),
('CO_PRODUCTION_LEVEL', 'CONSULTED', 'Consulted', 'People are asked for their views and feedback.', 2),
('CO_PRODUCTION_LEVEL', 'CO_DESIGN', 'Co-design', 'People help to design the service.', 3),
('CO_PRODUCTION_LEVEL', 'CO_DELIVERY', 'Co-delivery', 'People help to deliver the service, for example as volunteers.', 4),
('CO_PRODUCTION_LEVEL', 'DECISION_MAKING', 'Decision making', 'People share decisions, for example as board members.', 5),

('DOMAIN', 'EMPLOYMENT', 'Employment', NULL, 1),
('DOMAIN', 'FINANCIAL_CAPABILITY', 'Financial capability', NULL, 2),
('DOMAIN', 'FOOD', 'Food', NULL, 3),
('DOMAIN', 'HEALTH_WELLBEING', 'Health and wellbeing', NULL, 4),
('DOMAIN', 'HOUSING', 'Housing', NULL, 5),
('DOMAIN', 'EDUCATION_SKILLS', 'Education and skills', NULL, 6),
('DOMAIN', 'ENVIRONMENT', 'Environment', NULL, 7),

('PARTNER_ROLE', 'REFERRAL', 'Referral/signposting', NULL, 1),
('PARTNER_ROLE', 'CO_DELIVERY', 'Co-delivery', NULL, 2),
('PARTNER_ROLE', 'CO_LOCATED', 'Co-located service', NULL, 3),
('PARTNER_ROLE', 'WORK_PLACEMENTS', 'Work placements', NULL, 4),
('PARTNER_ROLE', 'CSR', 'Corporate social responsibility partner', NULL, 5),

('BUDGET_CATEGORY', 'STAFF', 'Staff', NULL, 1),
('BUDGET_CATEGORY', 'VOLUNTEER_EXPENSES', 'Volunteer expenses', NULL, 2),
('BUDGET_CATEGORY', 'VENUE', 'Venue', NULL, 3),
('BUDGET_CATEGORY', 'EQUIPMENT', 'Equipment', NULL, 4),
('BUDGET_CATEGORY', 'OTHER', 'Other', NULL, 5);
