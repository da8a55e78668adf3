-- Local demo data, applied only when demo data is switched on (grantwise.demo-data=true).
-- Idempotent: it runs after every migration and adds only what is missing, so it loads once.
-- The Keycloak user ids are the fixed ids of the demo users in the committed realm export.

INSERT INTO organisation (name, org_type, charity_number, address, area, verified)
VALUES ('Riverside Community Anchor', 'CHARITY', 'SC012345', '1 Quay Street, Dundee', 'Dundee', TRUE)
ON CONFLICT DO NOTHING;

INSERT INTO organisation (name, org_type, company_number, address, area, verified)
VALUES ('Hillhead Development Trust', 'COMPANY', 'SC654321', '22 Brae Road, Inverness', 'Highland', TRUE)
ON CONFLICT DO NOTHING;

INSERT INTO user_account (keycloak_user_id, username, email, organisation_id)
SELECT '2d7a1c3e-0001-4c1a-9a00-000000000001', 'anchor1', 'anchor1@example.org', id
FROM organisation WHERE charity_number = 'SC012345'
ON CONFLICT DO NOTHING;

INSERT INTO user_account (keycloak_user_id, username, email, organisation_id)
SELECT '2d7a1c3e-0002-4c1a-9a00-000000000002', 'anchor2', 'anchor2@example.org', id
FROM organisation WHERE company_number = 'SC654321'
ON CONFLICT DO NOTHING;

-- Fund staff, so notices to them can be e-mailed before their first sign-in.
INSERT INTO user_account (keycloak_user_id, username, email) VALUES
('2d7a1c3e-0003-4c1a-9a00-000000000003', 'officer1', 'officer1@example.org'),
('2d7a1c3e-0004-4c1a-9a00-000000000004', 'officer2', 'officer2@example.org'),
('2d7a1c3e-0005-4c1a-9a00-000000000005', 'manager1', 'manager1@example.org'),
('2d7a1c3e-0006-4c1a-9a00-000000000006', 'admin1', 'admin1@example.org')
ON CONFLICT DO NOTHING;

INSERT INTO funding_round (name, opens_on, closes_on, max_per_year, max_years)
SELECT 'People and Communities Fund ' || to_char(current_date, 'YYYY') || '/' || to_char(current_date + INTERVAL '1 year', 'YY'),
       current_date - 14, current_date + INTERVAL '4 months', 50000.00, 3
WHERE NOT EXISTS (SELECT 1 FROM funding_round);

-- Every round starts with the default rubric.
INSERT INTO round_criterion (round_id, code, name, description, weight, min_score, max_score, sort_order)
SELECT r.id, d.code, d.name, d.description, d.weight, d.min_score, d.max_score, d.sort_order
FROM funding_round r CROSS JOIN default_criterion d
ON CONFLICT DO NOTHING;
