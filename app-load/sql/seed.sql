-- Load-test data for the demo database: 100,000 applications and 1,000,000 outcome records.
--
--   three closed rounds (2023/24, 2024/25, 2025/26) of 25,000 applications each, decided: 8%
--     awarded (about 6,000 funded projects, with amounts, reporting periods and returns),
--     85% declined, 7% withdrawn; each decided one assigned, declared, assessed (six scores)
--   the open demo round: 25,000 applications, 20% drafts, the rest submitted or under assessment;
--     under assessment: 1,500 assigned to officer1 and 1,500 to officer2 with nothing declared yet
--     (the load test's officers declare and score them), the rest assigned to officer3..officer20
--   2,000 verified organisations; 50 applicant logins (loadanchor01..50) linked to the first 50
--     (the Keycloak users are created by bin/load-test); 1,500 of officer1's and officer2's
--     undeclared applications go to the load test's officers loadofficer01..30
--   1,000,000 outcome records over the funded projects: 56 respondents x 3 waves a project
--
-- Set-based (generate_series), one transaction. Idempotent: it does nothing when the data is
-- there (applications created by 'load-seed'). The audit triggers stay on, so audit_log grows as
-- it would have in production. Run with psql -v ON_ERROR_STOP=1 -f seed.sql.

\set ON_ERROR_STOP on
BEGIN;

SELECT EXISTS (SELECT 1 FROM grant_application WHERE created_by = 'load-seed') AS seeded \gset
\if :seeded
  \echo 'Load-test data already present: nothing to do.'
  ROLLBACK;
\else
\echo 'Seeding 100,000 applications and 1,000,000 outcome records (a few minutes)...'
SELECT set_config('grantwise.actor', 'load-seed', true);

-- Picks the codes of arr whose bit is set in mask (bit 0 = first code).
CREATE FUNCTION pg_temp.pick(arr TEXT[], mask INTEGER) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
  SELECT COALESCE(array_agg(c ORDER BY i), '{}') FROM unnest(arr) WITH ORDINALITY u(c, i)
  WHERE (mask >> (i::int - 1)) & 1 = 1
$$;
-- A stable pseudo-random integer in [0, m) from a seed.
CREATE FUNCTION pg_temp.h(seed BIGINT, m INTEGER) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
  SELECT ((hashint8(seed)::bigint & 2147483647) % m)::int
$$;

-- --- rounds ---------------------------------------------------------------------------------
INSERT INTO funding_round (name, opens_on, closes_on, max_per_year, max_years)
SELECT 'People and Communities Fund ' || y || '/' || ((y + 1) % 100),
       make_date(y, 1, 9), make_date(y, 3, 31), 50000.00, 3
FROM generate_series(2023, 2025) y
ON CONFLICT (name) DO NOTHING;

INSERT INTO round_criterion (round_id, code, name, description, weight, min_score, max_score, sort_order)
SELECT r.id, d.code, d.name, d.description, d.weight, d.min_score, d.max_score, d.sort_order
FROM funding_round r CROSS JOIN default_criterion d
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE seed_round ON COMMIT DROP AS
SELECT 1 AS r, (SELECT id FROM funding_round WHERE name = 'People and Communities Fund 2023/24') AS id, 2023 AS yr
UNION ALL SELECT 2, (SELECT id FROM funding_round WHERE name = 'People and Communities Fund 2024/25'), 2024
UNION ALL SELECT 3, (SELECT id FROM funding_round WHERE name = 'People and Communities Fund 2025/26'), 2025
UNION ALL SELECT 4, (SELECT min(id) FROM funding_round WHERE opens_on <= current_date AND closes_on >= current_date),
                 extract(year FROM current_date)::int;

-- --- organisations and applicant logins -----------------------------------------------------
CREATE TEMP TABLE seed_org ON COMMIT DROP AS
SELECT i,
       (ARRAY['Riverside', 'Hillhead', 'Eastbank', 'Northfield', 'Southside', 'Westburn', 'Kirkton',
              'Millbrae', 'Burnside', 'Glenview', 'Castlemilk', 'Drumchapel', 'Craigmillar', 'Lochee',
              'Torry', 'Merkinch', 'Methil', 'Dunoon', 'Paisley', 'Kilmarnock'])[1 + i % 20]
         || ' ' || (ARRAY['Community Anchor', 'Development Trust', 'Housing Association', 'Youth Project',
                          'Food Bank', 'Arts Collective', 'Community Council', 'Family Centre',
                          'Men''s Shed', 'Community Hub'])[1 + (i / 20) % 10]
         || CASE WHEN i >= 200 THEN ' ' || (i / 200 + 1) ELSE '' END AS name,
       (ARRAY['CHARITY', 'CHARITY', 'COMPANY', 'COMMUNITY_GROUP', 'SOCIAL_ENTERPRISE'])[1 + i % 5] AS org_type,
       (ARRAY['Glasgow', 'Edinburgh', 'Dundee', 'Aberdeen', 'Inverness', 'Fife', 'Highland',
              'Argyll and Bute', 'Renfrewshire', 'East Ayrshire'])[1 + i % 10] AS area
FROM generate_series(0, 1999) i;

INSERT INTO organisation (name, org_type, charity_number, company_number, address, area, verified,
                          verified_by, verified_at, created_at)
SELECT name, org_type,
       CASE WHEN org_type = 'CHARITY' THEN 'SC' || lpad((100000 + i)::text, 6, '0') END,
       CASE WHEN org_type IN ('COMPANY', 'SOCIAL_ENTERPRISE') THEN 'SC' || lpad((300000 + i)::text, 6, '0') END,
       (1 + i % 180) || ' ' || (ARRAY['High Street', 'Main Street', 'Church Road', 'Station Road',
                                      'Victoria Street', 'Mill Lane'])[1 + i % 6] || ', ' || area,
       area, TRUE, 'officer1', timestamptz '2022-11-01' + i * INTERVAL '7 hours',
       timestamptz '2022-10-01' + i * INTERVAL '7 hours'
FROM seed_org;

CREATE TEMP TABLE seed_org_id ON COMMIT DROP AS
SELECT s.i, o.id, s.name, s.area
FROM seed_org s JOIN organisation o
  ON o.name = s.name AND o.created_at = timestamptz '2022-10-01' + s.i * INTERVAL '7 hours';

INSERT INTO user_account (username, email, organisation_id)
SELECT 'loadanchor' || lpad((i + 1)::text, 2, '0'), 'loadanchor' || lpad((i + 1)::text, 2, '0') || '@example.org', id
FROM seed_org_id WHERE i < 50
ON CONFLICT (username) WHERE replaced_at IS NULL DO NOTHING;

-- --- applications ---------------------------------------------------------------------------
-- n 1..75,000: closed rounds (25,000 each); n 75,001..100,000: the open round.
CREATE TEMP TABLE seed_app ON COMMIT DROP AS
WITH base AS (
  SELECT n,
         CASE WHEN n <= 75000 THEN 1 + (n - 1) / 25000 ELSE 4 END AS r,
         pg_temp.h(n, 100) AS pct,
         pg_temp.h(n * 31 + 7, 1000000) AS x
  FROM generate_series(1, 100000) n
)
SELECT b.n, b.r, rd.id AS round_id, rd.yr,
       o.id AS organisation_id, o.name AS org_name, o.area AS org_area,
       CASE WHEN b.r < 4 THEN
              CASE WHEN b.pct < 8 THEN 'AWARDED' WHEN b.pct < 93 THEN 'DECLINED' ELSE 'WITHDRAWN' END
            ELSE
              CASE WHEN b.pct < 20 THEN 'DRAFT' WHEN b.pct < 52 THEN 'SUBMITTED'
                   WHEN b.pct < 92 THEN 'UNDER_ASSESSMENT' WHEN b.pct < 95 THEN 'CHANGES_REQUESTED'
                   WHEN b.pct < 98 THEN 'RESUBMITTED' ELSE 'WITHDRAWN' END
       END AS status,
       (ARRAY['Riverside', 'Hillhead', 'Eastbank', 'Northfield', 'Southside', 'Westburn', 'Kirkton',
              'Millbrae', 'Burnside', 'Glenview', 'Castlemilk', 'Drumchapel', 'Craigmillar', 'Lochee',
              'Torry', 'Merkinch', 'Methil', 'Dunoon', 'Paisley', 'Kilmarnock'])[1 + b.x % 20]
         || ' ' || (ARRAY['Skills Exchange', 'Food Larder', 'Youth Club', 'Money Advice Service',
                          'Digital Inclusion Hub', 'Community Garden', 'Men''s Shed', 'Family Support',
                          'Employability Programme', 'Wellbeing Cafe', 'Volunteer Academy',
                          'Welfare Rights Project', 'Allotment Network', 'Tenants'' Forum'])[1 + (b.x / 20) % 14]
         AS title,
       (ARRAY['ADVICE_SUPPORT', 'TRAINING_UPSKILLING', 'VOLUNTEERING_MENTORING'])[1 + (b.x / 7) % 3] AS theme,
       (ARRAY['TRADITIONAL', 'EMPLOYABILITY_SKILLS', 'TWO_LEVEL_SUPPORT', 'PROGRESSION',
              'DOUBLE_PROGRESSION'])[1 + (b.x / 11) % 5] AS model,
       (ARRAY['TRADITIONAL', 'EMPLOYABILITY_SKILLS', 'TWO_LEVEL_SUPPORT', 'PROGRESSION',
              'DOUBLE_PROGRESSION'])[1 + (b.x / 13) % 5] AS other_model,
       1 + (b.x / 17) % 3 AS years,
       10000 + ((b.x / 3) % 300) * 100 AS staff,
       500 + ((b.x / 5) % 60) * 100 AS venue,
       CASE WHEN b.r < 4 THEN make_timestamptz(rd.yr, 1, 10, 9, 0, 0, 'Europe/London') + (b.x % 78) * INTERVAL '1 day' + (b.x % 480) * INTERVAL '1 minute'
            ELSE now() - INTERVAL '14 days' + (b.x % 10) * INTERVAL '1 day' + (b.x % 480) * INTERVAL '1 minute' END AS created_at,
       b.x
FROM base b
JOIN seed_round rd ON rd.r = b.r
JOIN seed_org_id o ON o.i = (b.n * 7) % 2000;

ALTER TABLE seed_app ADD COLUMN form JSONB;
UPDATE seed_app SET form = jsonb_build_object(
    'title', title,
    'summary', 'Local people lead ' || lower(title) || ' sessions for ' ||
               (ARRAY['jobseekers', 'families on low incomes', 'older people living alone', 'young people',
                      'carers', 'new Scots'])[1 + x % 6] || ' in ' || org_area || '.',
    'needAddressed', (ARRAY['Long-term unemployment here is twice the Scottish average.',
                            'One child in three in the area lives in poverty.',
                            'Residents told us in our survey that they feel isolated and unheard.',
                            'Food insecurity has doubled since the cost-of-living crisis began.'])[1 + x % 4],
    'areaServed', org_area,
    'targetGroups', jsonb_build_array((ARRAY['Jobseekers', 'Lone parents', 'Older people', 'Young people', 'Carers'])[1 + x % 5],
                                      (ARRAY['Disabled people', 'Families', 'Volunteers'])[1 + x % 3]),
    'startDate', to_char(CASE WHEN r = 4 THEN make_date(yr + 1, 4, 1) ELSE make_date(yr, 7, 1) END, 'YYYY-MM-DD'),
    'durationMonths', years * 12,
    'priorities', '["TACKLING_POVERTY", "SOCIAL_INCLUSION"]'::jsonb,
    'primaryTheme', theme,
    'secondaryThemes', CASE WHEN theme = 'VOLUNTEERING_MENTORING' THEN '["TRAINING_UPSKILLING"]'::jsonb
                            ELSE '["VOLUNTEERING_MENTORING"]'::jsonb END,
    'domains', to_jsonb(pg_temp.pick(ARRAY['EMPLOYMENT', 'FINANCIAL_CAPABILITY', 'FOOD', 'HEALTH_WELLBEING',
                                           'HOUSING', 'EDUCATION_SKILLS', 'ENVIRONMENT'], 1 + x % 127)),
    'coProductionModel', model,
    'coProduction', jsonb_build_object(
        'needsAssessment', 'Residents run door-to-door surveys with our staff every spring.',
        'coDesign', 'A residents'' panel designs each programme with the staff team.',
        'coDelivery', 'Former participants return as volunteer peer mentors.',
        'jointEvaluation', 'Participants and staff review what worked together each term.',
        'currentLevel', (ARRAY['NOT_INVOLVED', 'CONSULTED', 'CO_DESIGN'])[1 + x % 3],
        'targetLevel', (ARRAY['CO_DESIGN', 'CO_DELIVERY', 'DECISION_MAKING'])[1 + x % 3]),
    'behaviourChange', jsonb_build_object(
        'capability', 'Workshops in digital, money and job-search skills.',
        'opportunity', 'Drop-in sessions at times that suit carers and shift workers.',
        'motivation', 'Peer mentors who have been through it themselves.',
        'focus', jsonb_build_object('capability', 20 + x % 40, 'opportunity', 20 + (x / 40) % 20,
                                    'motivation', 60 - x % 40 - (x / 40) % 20)),
    'theoryOfChange', jsonb_build_object(
        'contexts', to_jsonb(pg_temp.pick(ARRAY['MADE_WELCOME', 'NEEDS_ASSESSMENT', 'ENCOURAGED_OPPORTUNITIES',
                                                'SOCIALISE_NETWORK', 'GREATER_OPPORTUNITIES', 'DIVERSE_SERVICES',
                                                'AWARENESS_TRAINING', 'CO_DELIVERY'], 1 + x % 255)),
        'mechanisms', to_jsonb(pg_temp.pick(ARRAY['TRUST_RELATIONSHIPS', 'BELONGING', 'CONFIDENCE', 'PRIDE',
                                                  'OWNERSHIP', 'EMPOWERMENT', 'SELF_ESTEEM'], 1 + (x / 3) % 127)),
        'shortTermOutcomes', to_jsonb(pg_temp.pick(ARRAY['SKILLS_KNOWLEDGE', 'INCREASED_ENGAGEMENT',
                                                         'COMMUNITY_CONNECTEDNESS', 'IMPROVED_ASPIRATIONS',
                                                         'PARTNERSHIP_WORKING', 'LIFE_CHANGING'], 1 + (x / 5) % 63)),
        'longTermOutcomes', to_jsonb(pg_temp.pick(ARRAY['WELLBEING', 'SOCIAL_CAPITAL', 'LIFE_CHANCES',
                                                        'SERVICE_PROVISION', 'EMPLOYMENT'], 1 + (x / 7) % 31)),
        'rationale', 'A welcoming place builds trust, and trust builds the confidence to take the next step.'),
    'partners', jsonb_build_array(
        jsonb_build_object('name', org_area || ' Job Centre', 'role', 'REFERRAL', 'contact', 'partnerships@example.org'),
        jsonb_build_object('name', org_area || ' College', 'role',
                           (ARRAY['CO_DELIVERY', 'CO_LOCATED', 'WORK_PLACEMENTS', 'CSR'])[1 + x % 4],
                           'contact', '0141 496 0' || lpad((x % 1000)::text, 3, '0'))),
    'budget', (SELECT jsonb_agg(jsonb_build_object(
                   'year', yy,
                   'lines', jsonb_build_array(
                       jsonb_build_object('category', 'STAFF', 'description', 'Development worker, part time', 'amount', staff + (yy - 1) * 500),
                       jsonb_build_object('category', 'VENUE', 'description', 'Hall hire', 'amount', venue)),
                   'requested', staff + (yy - 1) * 500 + venue) ORDER BY yy)
               FROM generate_series(1, years) yy),
    'declarations', jsonb_build_object('accepted', status <> 'DRAFT'));
-- A draft has only some sections filled in.
UPDATE seed_app SET form = form - ARRAY['partners', 'budget', 'theoryOfChange', 'behaviourChange']
WHERE status = 'DRAFT' AND x % 3 = 0;

INSERT INTO grant_application (reference, organisation_id, round_id, status, title, primary_theme,
                               co_production_model, form, created_by, created_at, updated_by, updated_at,
                               submitted_at, total_requested, area_served, version)
SELECT 'GW-' || yr || '-' || lpad(seq::text, greatest(5, length(seq::text)), '0'),
       organisation_id, round_id, status, title, theme, model, form,
       'load-seed', created_at, 'load-seed', created_at + INTERVAL '2 days',
       CASE WHEN status <> 'DRAFT' THEN created_at + INTERVAL '2 days' END,
       (SELECT sum((y ->> 'requested')::numeric) FROM jsonb_array_elements(COALESCE(form -> 'budget', '[]')) y),
       org_area, 3
FROM (SELECT seed_app.*, nextval('application_reference_seq') AS seq FROM seed_app ORDER BY n) s
ORDER BY n;

ALTER TABLE seed_app ADD COLUMN id BIGINT;
UPDATE seed_app s SET id = a.id
FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM grant_application WHERE created_by = 'load-seed') a
WHERE a.n = s.n;
CREATE INDEX ON seed_app (id);
ANALYZE seed_app;

INSERT INTO application_version (application_id, version_number, round_id, form, submitted_by, submitted_at)
SELECT id, 1, round_id, form, 'applicant-' || organisation_id, created_at + INTERVAL '2 days'
FROM seed_app WHERE status <> 'DRAFT';

INSERT INTO application_event (application_id, occurred_at, actor, event_type, from_status, to_status)
SELECT id, created_at, 'applicant-' || organisation_id, 'CREATED', NULL, 'DRAFT' FROM seed_app
UNION ALL
SELECT id, created_at + INTERVAL '2 days', 'applicant-' || organisation_id, 'SUBMITTED', 'DRAFT', 'SUBMITTED'
FROM seed_app WHERE status <> 'DRAFT';

-- --- assessment -----------------------------------------------------------------------------
-- Who assesses: the open round's first 1,500 under assessment for officer1 and officer2 each,
-- without declarations (the load test's officers declare and score them); everything else
-- assessed by officer3..officer20.
CREATE TEMP TABLE seed_assess ON COMMIT DROP AS
SELECT s.*, CASE WHEN s.r = 4 AND s.status = 'UNDER_ASSESSMENT' AND s.k <= 3000
                 THEN 'officer' || (1 + s.k % 2) ELSE 'officer' || (3 + s.n % 18) END AS officer,
       s.r = 4 AND s.status = 'UNDER_ASSESSMENT' AND s.k <= 3000 AS for_load
FROM (SELECT seed_app.*, row_number() OVER (PARTITION BY r, status ORDER BY n) AS k FROM seed_app) s
WHERE s.status NOT IN ('DRAFT', 'SUBMITTED') AND NOT (s.status = 'WITHDRAWN' AND s.x % 2 = 0);

INSERT INTO application_assignment (application_id, officer, moderator, assigned_by, assigned_at)
SELECT id, officer, NULL, 'manager1', created_at + INTERVAL '10 days' FROM seed_assess;

INSERT INTO conflict_declaration (application_id, officer, conflict, reason, declared_at)
SELECT id, officer, FALSE, NULL, created_at + INTERVAL '11 days' FROM seed_assess WHERE NOT for_load;

INSERT INTO assessment (application_id, officer, status, co_production_model, model_reason, recommendation,
                        comment, weighted_total, updated_at, completed_at)
SELECT id, officer, CASE WHEN r < 4 OR x % 2 = 0 THEN 'COMPLETED' ELSE 'DRAFT' END,
       CASE WHEN x % 10 = 0 THEN other_model ELSE model END,
       CASE WHEN x % 10 = 0 AND other_model <> model THEN 'The activities described fit the other model better.' END,
       CASE WHEN status = 'AWARDED' THEN 'AWARD' WHEN status = 'DECLINED' THEN 'DECLINE'
            WHEN status IN ('CHANGES_REQUESTED', 'RESUBMITTED') THEN 'REQUEST_CHANGES'
            ELSE (ARRAY['AWARD', 'DECLINE', 'REQUEST_CHANGES'])[1 + x % 3] END,
       'Assessed against the round''s rubric.', NULL, created_at + INTERVAL '20 days',
       CASE WHEN r < 4 OR x % 2 = 0 THEN created_at + INTERVAL '20 days' END
FROM seed_assess WHERE NOT for_load AND status <> 'WITHDRAWN';

INSERT INTO assessment_score (assessment_id, criterion_code, score, justification)
SELECT a.id, c.code,
       CASE WHEN s.status = 'AWARDED' THEN 4 + pg_temp.h(s.n * 10 + c.sort_order, 2)
            ELSE 1 + pg_temp.h(s.n * 10 + c.sort_order, 4) END,
       'Evidence in the ' || lower(c.name) || ' section supports this score.'
FROM assessment a
JOIN seed_assess s ON s.id = a.application_id
JOIN round_criterion c ON c.round_id = s.round_id;

UPDATE assessment a SET weighted_total = t.total
FROM (SELECT sc.assessment_id, round(sum(sc.score::numeric / c.max_score * c.weight), 2) AS total
      FROM assessment_score sc
      JOIN assessment a2 ON a2.id = sc.assessment_id
      JOIN seed_app s ON s.id = a2.application_id
      JOIN round_criterion c ON c.round_id = s.round_id AND c.code = sc.criterion_code
      GROUP BY sc.assessment_id) t
WHERE a.id = t.assessment_id;

-- --- decisions and funded projects ----------------------------------------------------------
INSERT INTO decision (application_id, outcome, reason, start_date, conditions, decided_by, decided_at,
                      released_at, released_by)
SELECT id, CASE WHEN status = 'AWARDED' THEN 'AWARD' ELSE 'DECLINE' END,
       CASE WHEN status = 'AWARDED' THEN 'A strong, well-evidenced application.'
            ELSE 'Other applications met the priorities more closely.' END,
       CASE WHEN status = 'AWARDED' THEN (make_date(yr, 7, 1) + (x % 3) * INTERVAL '1 month')::date END,
       CASE WHEN status = 'AWARDED' THEN 'Report every six months on the agreed monitoring plan.' END,
       'manager1', make_timestamptz(yr, 5, 20, 10, 0, 0, 'Europe/London'),
       make_timestamptz(yr, 6, 2, 10, 0, 0, 'Europe/London'), 'manager1'
FROM seed_app WHERE r < 4 AND status IN ('AWARDED', 'DECLINED');

INSERT INTO funded_project (project_ref, application_id, organisation_id, round_id, title, primary_theme,
                            co_production_model, start_date, created_at)
SELECT 'PCF-' || s.yr || '-' || lpad(s.seq::text, greatest(4, length(s.seq::text)), '0'),
       s.id, s.organisation_id, s.round_id, s.title, s.theme,
       CASE WHEN s.x % 10 = 0 THEN s.other_model ELSE s.model END, d.start_date,
       make_timestamptz(s.yr, 5, 20, 10, 0, 0, 'Europe/London')
FROM (SELECT seed_app.*, nextval('project_reference_seq') AS seq FROM seed_app
      WHERE status = 'AWARDED' ORDER BY n) s
JOIN decision d ON d.application_id = s.id
ORDER BY s.n;

CREATE TEMP TABLE seed_project ON COMMIT DROP AS
SELECT p.id AS project_id, p.start_date, s.years, s.staff, s.venue, s.x,
       row_number() OVER (ORDER BY p.id) - 1 AS k
FROM funded_project p JOIN seed_app s ON s.id = p.application_id;

INSERT INTO project_amount (project_id, year, amount)
SELECT project_id, yy, staff + (yy - 1) * 500 + venue FROM seed_project, generate_series(1, years) yy;

INSERT INTO project_report_due (project_id, due_on, period)
SELECT project_id, (start_date + make_interval(months => 12 * yy - 6))::date, 'Year ' || yy || ' mid-year'
FROM seed_project, generate_series(1, years) yy
UNION ALL
SELECT project_id, (start_date + make_interval(months => 12 * yy))::date, 'Year ' || yy || ' end'
FROM seed_project, generate_series(1, years) yy;

-- Returns: accepted for periods long past, submitted for the last month's; a few stay overdue.
INSERT INTO monitoring_return (project_id, due_on, status, participants_reached, activities_delivered,
                               what_worked, barriers, enablers, unexpected_results, co_production_changes,
                               updated_at, updated_by, submitted_at, submitted_by, reviewed_at, reviewed_by)
SELECT d.project_id, d.due_on,
       CASE WHEN d.due_on < current_date - 45 THEN 'ACCEPTED' ELSE 'SUBMITTED' END,
       40 + pg_temp.h(d.project_id * 100 + extract(doy FROM d.due_on)::int, 200),
       'Weekly sessions ran as planned.', 'Peer mentors.', 'Winter weather.', 'Partners referring people.',
       'More volunteers than expected.', 'Participants now sit on the steering group.',
       d.due_on - 3, 'load-seed', d.due_on - 3, 'load-seed',
       CASE WHEN d.due_on < current_date - 45 THEN d.due_on + 14 END,
       CASE WHEN d.due_on < current_date - 45 THEN 'officer3' END
FROM project_report_due d JOIN seed_project p ON p.project_id = d.project_id
WHERE d.due_on < current_date - 7 AND pg_temp.h(d.project_id * 7 + extract(doy FROM d.due_on)::int, 50) > 0;

-- --- outcome records ------------------------------------------------------------------------
-- Record n goes to project n % P: 1,000,000 records, about 56 respondents x 3 waves a project.
CREATE TEMP TABLE seed_mask ON COMMIT DROP AS
SELECT m,
       pg_temp.pick(ARRAY['MADE_WELCOME', 'NEEDS_ASSESSMENT', 'ENCOURAGED_OPPORTUNITIES', 'SOCIALISE_NETWORK',
                          'GREATER_OPPORTUNITIES', 'DIVERSE_SERVICES', 'AWARENESS_TRAINING', 'CO_DELIVERY'], m) AS ctx,
       pg_temp.pick(ARRAY['TRUST_RELATIONSHIPS', 'BELONGING', 'CONFIDENCE', 'PRIDE', 'OWNERSHIP', 'EMPOWERMENT',
                          'SELF_ESTEEM'], m % 128) AS mech,
       pg_temp.pick(ARRAY['SKILLS_KNOWLEDGE', 'INCREASED_ENGAGEMENT', 'COMMUNITY_CONNECTEDNESS',
                          'IMPROVED_ASPIRATIONS', 'PARTNERSHIP_WORKING', 'LIFE_CHANGING'], m % 64) AS st,
       pg_temp.pick(ARRAY['WELLBEING', 'SOCIAL_CAPITAL', 'LIFE_CHANCES', 'SERVICE_PROVISION', 'EMPLOYMENT'], m % 32) AS lt,
       pg_temp.pick(ARRAY['FRIENDS_COMMUNITY', 'NEW_SKILLS', 'IMPROVED_RELATIONSHIPS', 'IMPROVED_CONFIDENCE',
                          'EXPANDED_SERVICES'], m % 32) AS si
FROM generate_series(0, 255) m;

SELECT count(*) AS projects FROM seed_project \gset
INSERT INTO outcome_record (project_id, respondent_ref, participant_type, wave, collected_on, consent,
                            contexts, mechanisms, short_term_outcomes, long_term_outcomes,
                            self_identified_outcomes, co_production_before, co_production_now,
                            created_at, created_by, updated_at, updated_by)
SELECT p.project_id,
       'R-' || lpad((q.k / 3 + 1)::text, 4, '0'),
       CASE WHEN pg_temp.h(p.project_id * 1000 + q.k / 3, 20) < 14 THEN 'COMMUNITY_MEMBER'
            WHEN pg_temp.h(p.project_id * 1000 + q.k / 3, 20) < 17 THEN 'PARTNER'
            ELSE 'COMMUNITY_ANCHOR' END,
       (ARRAY['BASELINE', 'FOLLOW_UP', 'EXIT'])[1 + q.k % 3],
       LEAST(current_date - 1 - (q.k / 3) % 20,
             p.start_date + (q.k / 3) % 60 + (q.k % 3) * 180),
       TRUE,
       CASE WHEN q.h % 17 = 0 THEN NULL WHEN q.h % 23 = 0 THEN '{}' ELSE mc.ctx END,
       CASE WHEN q.h % 19 = 0 THEN NULL ELSE mm.mech END,
       CASE WHEN q.h % 13 = 0 THEN NULL ELSE mm.st END,
       CASE WHEN q.k % 3 = 0 THEN NULL ELSE ml.lt END,
       CASE WHEN q.h % 5 = 0 THEN NULL ELSE ml.si END,
       CASE WHEN q.h % 3 = 0 THEN NULL
            ELSE (ARRAY['NOT_INVOLVED', 'CONSULTED', 'CO_DESIGN', 'CO_DELIVERY', 'DECISION_MAKING'])[1 + q.h % 3] END,
       CASE WHEN q.h % 3 = 0 THEN NULL
            ELSE (ARRAY['NOT_INVOLVED', 'CONSULTED', 'CO_DESIGN', 'CO_DELIVERY', 'DECISION_MAKING'])
                 [LEAST(5, 1 + q.h % 3 + (q.k % 3) * ((q.h / 3) % 2) + (q.h / 7) % 2)] END,
       now(), 'load-seed', now(), 'load-seed'
FROM (SELECT n, (n - 1) % :projects AS pk, (n - 1) / :projects AS k,
             pg_temp.h(n, 1000000) AS h
      FROM generate_series(1, 1000000) n) q
JOIN seed_project p ON p.k = q.pk
JOIN seed_mask mc ON mc.m = (q.h / 7) % 256
JOIN seed_mask mm ON mm.m = (q.h / 11) % 256
JOIN seed_mask ml ON ml.m = (q.h / 13) % 256
-- Records arrive project by project (imports), so a project's records lie together on disk.
ORDER BY p.project_id, q.k;

COMMIT;
\echo 'Seeded.'
\endif

-- The load test's own staff logins (Keycloak users made by bin/load-test), so that no two virtual
-- users sign in as the same person at once (Keycloak's brute-force protection refuses concurrent
-- logins of one user): loadofficer01..30 get 50 each of officer1's and officer2's undeclared
-- applications; loadmanager01..20 need nothing here. Done once.
BEGIN;
SELECT set_config('grantwise.actor', 'load-seed', true) \gset
UPDATE application_assignment a
SET officer = 'loadofficer' || lpad((1 + (x.rn - 1) % 30)::text, 2, '0')
FROM (SELECT aa.application_id, row_number() OVER (ORDER BY aa.application_id) AS rn
      FROM application_assignment aa JOIN grant_application g ON g.id = aa.application_id
      WHERE aa.officer IN ('officer1', 'officer2') AND g.created_by = 'load-seed'
        AND g.status = 'UNDER_ASSESSMENT'
        AND NOT EXISTS (SELECT 1 FROM conflict_declaration d
                        WHERE d.application_id = aa.application_id AND d.officer = aa.officer)
      ORDER BY aa.application_id LIMIT 1500) x
WHERE a.application_id = x.application_id
  AND NOT EXISTS (SELECT 1 FROM application_assignment WHERE officer LIKE 'loadofficer%');
COMMIT;

ANALYZE;
SELECT (SELECT count(*) FROM grant_application) AS applications,
       (SELECT count(*) FROM outcome_record) AS outcome_records,
       (SELECT count(*) FROM funded_project) AS funded_projects,
       (SELECT count(*) FROM audit_log) AS audit_log_rows,
       pg_size_pretty(pg_database_size(current_database())) AS database_size;
