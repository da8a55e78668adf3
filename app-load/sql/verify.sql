-- After a load run: is every save the server acknowledged in the database?
-- Input: the run's saves.csv (seq, kind, application_id, field, marker), one line per 2xx save,
-- each save having written a unique marker. Usage: psql -f verify.sql < saves.csv
--
-- 1. Each acknowledged save is in audit_log as the value it wrote: the marker is in the row the
--    insert logged, or on the "new" side of a logged update ([old, new] per changed column).
-- 2. The current rows hold, for each application (or assessment) and field, the marker of the
--    last acknowledged save: nothing later was lost or overwritten by an older value.

\set ON_ERROR_STOP on
CREATE TEMP TABLE load_save (seq INTEGER, kind TEXT, application_id BIGINT, field TEXT, marker TEXT);
\copy load_save FROM pstdin WITH (FORMAT csv, HEADER true)
CREATE INDEX ON load_save (application_id);
ANALYZE load_save;

CREATE TEMP TABLE load_logged AS
SELECT s.seq,
       EXISTS (
         SELECT 1 FROM audit_log l
         WHERE l.application_id = s.application_id
           AND l.table_name = CASE WHEN s.kind = 'application' THEN 'grant_application' ELSE 'assessment' END
           AND CASE WHEN l.operation = 'INSERT' THEN strpos(l.changes::text, s.marker) > 0
                    ELSE EXISTS (SELECT 1 FROM jsonb_each(l.changes) e
                                 WHERE strpos((e.value -> 1)::text, s.marker) > 0) END) AS logged
FROM load_save s;

CREATE TEMP TABLE load_current AS
SELECT last.kind, last.application_id, last.field, last.marker,
       strpos(CASE WHEN last.kind = 'application'
                   THEN (SELECT g.form::text FROM grant_application g WHERE g.id = last.application_id)
                   ELSE (SELECT a.comment FROM assessment a
                         WHERE a.application_id = last.application_id
                           AND a.officer = substr(last.kind, length('assessment:') + 1)) END,
              last.marker) > 0 AS current
FROM (SELECT DISTINCT ON (kind, application_id, field) * FROM load_save
      ORDER BY kind, application_id, field, seq DESC) last;

SELECT count(*) AS acknowledged,
       count(*) FILTER (WHERE logged) AS verified,
       count(*) FILTER (WHERE NOT logged) AS missing
FROM load_logged \gset
SELECT count(*) AS last_saves,
       count(*) FILTER (WHERE current) AS current,
       count(*) FILTER (WHERE NOT current) AS stale
FROM load_current \gset
\pset tuples_only on
\pset format unaligned
SELECT format('Saves acknowledged: %s, verified (in audit_log): %s, missing: %s',
              :acknowledged, :verified, :missing);
SELECT format('Last save of each field: %s, held by the current row: %s, lost or overwritten (stale): %s',
              :last_saves, :current, :stale);
\pset tuples_only off
\pset format aligned

SELECT :missing + :stale > 0 AS problems \gset
\if :problems
  \echo 'Saves missing or stale (first 20):'
  SELECT s.* FROM load_save s JOIN load_logged l USING (seq) WHERE NOT l.logged ORDER BY seq LIMIT 20;
  SELECT * FROM load_current WHERE NOT current LIMIT 20;
\endif
