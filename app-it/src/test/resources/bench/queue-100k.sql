-- Queue benchmark data: 1,000 organisations and 100,000 submitted (non-draft) applications in the
-- first round, plus 10,000 drafts the queue must skip; 60% assigned to one of 20 officers.
-- Generated with generate_series: loads in seconds. Idempotent: does nothing if already loaded.

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM grant_application WHERE created_by = 'bench') THEN
    RETURN;
  END IF;

  INSERT INTO organisation (name, org_type, address, area, verified, created_at)
  SELECT 'Bench '
           || (ARRAY['Development Trust', 'Community Anchor', 'Housing Association',
                     'Youth Project', 'Food Bank', 'Arts Collective'])[1 + i % 6]
           || ' ' || lpad(i::text, 4, '0'),
         'OTHER',
         i || ' High Street',
         (ARRAY['Glasgow', 'Edinburgh', 'Dundee', 'Aberdeen', 'Inverness', 'Fife', 'Highland',
                'Argyll and Bute'])[1 + i % 8],
         TRUE,
         now()
  FROM generate_series(1, 1000) AS i;

  WITH vocab AS (
         SELECT (SELECT array_agg(code ORDER BY sort_order) FROM vocabulary_term WHERE vocabulary = 'THEME') AS themes,
                (SELECT array_agg(code ORDER BY sort_order) FROM vocabulary_term WHERE vocabulary = 'CO_PRODUCTION_MODEL') AS models),
       orgs AS (SELECT array_agg(id ORDER BY id) AS ids FROM organisation WHERE name LIKE 'Bench %'),
       round AS (SELECT min(id) AS id FROM funding_round)
  INSERT INTO grant_application (reference, organisation_id, round_id, status, title, primary_theme,
                                 co_production_model, created_by, created_at, updated_by, updated_at,
                                 submitted_at, total_requested, area_served)
  SELECT 'GW-2025-' || lpad(n::text, 6, '0'),
         orgs.ids[1 + (n * 7) % 1000],
         round.id,
         CASE WHEN n > 100000 THEN 'DRAFT'
              ELSE (ARRAY['SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'UNDER_ASSESSMENT',
                          'UNDER_ASSESSMENT', 'UNDER_ASSESSMENT', 'RESUBMITTED', 'CHANGES_REQUESTED',
                          'AWARDED', 'DECLINED', 'DECLINED', 'WITHDRAWN'])[1 + n % 13] END,
         (ARRAY['Community', 'Skills', 'Allotment', 'Youth', 'Food', 'Digital', 'Money', 'Wellbeing',
                'Arts', 'Sports'])[1 + n % 10]
           || ' ' || (ARRAY['hub', 'exchange', 'club', 'project', 'network', 'garden', 'cafe'])[1 + (n / 10) % 7]
           || ' ' || n,
         vocab.themes[1 + n % cardinality(vocab.themes)],
         vocab.models[1 + (n / 3) % cardinality(vocab.models)],
         'bench', now() - n * INTERVAL '3 minutes',
         'bench', now() - n * INTERVAL '3 minutes',
         CASE WHEN n > 100000 THEN NULL ELSE now() - n * INTERVAL '3 minutes' END,
         5000 + (n * 7919) % 145000,
         (ARRAY['Glasgow', 'Edinburgh', 'Dundee', 'Aberdeen', 'Inverness', 'Fife', 'Highland',
                'Argyll and Bute', 'Renfrewshire', 'Ayrshire'])[1 + (n / 7) % 10]
  FROM generate_series(1, 110000) AS n, vocab, orgs, round;

  INSERT INTO application_assignment (application_id, officer, moderator, assigned_by, assigned_at)
  SELECT id, 'officer' || (1 + id % 20), NULL, 'bench', now()
  FROM grant_application
  WHERE created_by = 'bench' AND status <> 'DRAFT' AND id % 10 < 6;
END $$;

ANALYZE organisation;
ANALYZE grant_application;
ANALYZE application_assignment;
