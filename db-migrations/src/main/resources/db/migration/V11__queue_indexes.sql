-- The officers' queue with 100,000 applications (measured with app-it's QueueBenchmark; numbers in
-- the README). Each sortable column gets a btree ending in id, the queue's tie-break, so the first
-- and the last page are read from the index in either direction instead of sorting every row.
-- Substring search and the area filter ("contains") use trigram indexes on the lowercased text.
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database owner may
-- create it. Where the application's user is not the owner, a DBA runs this line once first.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX grant_application_submitted_idx ON grant_application (submitted_at, id);
CREATE INDEX grant_application_title_sort_idx ON grant_application (title, id);
CREATE INDEX grant_application_requested_idx ON grant_application (total_requested, id);
CREATE INDEX grant_application_status_sort_idx ON grant_application (status, id);
CREATE INDEX organisation_name_idx ON organisation (name);

CREATE INDEX grant_application_reference_trgm_idx ON grant_application USING gin (lower(reference) gin_trgm_ops);
CREATE INDEX grant_application_title_trgm_idx ON grant_application USING gin (lower(title) gin_trgm_ops);
CREATE INDEX grant_application_area_trgm_idx ON grant_application USING gin (lower(area_served) gin_trgm_ops);
CREATE INDEX organisation_name_trgm_idx ON organisation USING gin (lower(name) gin_trgm_ops);

-- Superseded: lower(title) was only ever compared with a leading wildcard, which a btree cannot use.
DROP INDEX IF EXISTS grant_application_title_lower_idx;
