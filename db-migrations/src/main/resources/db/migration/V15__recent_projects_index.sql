-- Staff home pages list the most recently funded released projects: walk this index newest first
-- and stop after a page, instead of sorting every funded project on each visit.
CREATE INDEX funded_project_created_idx ON funded_project (created_at, id);
