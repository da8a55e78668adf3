-- The audit trail over monitoring. Outcome records arrive in batches of up to 100,000, so inserts
-- and updates are logged once per statement and project (how many records), not per row; a
-- deleted record and a changed respondent code (erasure, retention) are logged per row. The
-- respondent code itself is never copied into the log, so an erasure really removes the link.

CREATE FUNCTION audit_outcome_batch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (actor, table_name, operation, row_key, application_id, changes)
    SELECT COALESCE(NULLIF(current_setting('grantwise.actor', true), ''), 'system:' || current_user),
           'outcome_record',
           TG_OP,
           'project ' || c.project_id,
           p.application_id,
           jsonb_build_object('records', count(*))
    FROM changed c LEFT JOIN funded_project p ON p.id = c.project_id
    GROUP BY c.project_id, p.application_id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER outcome_record_insert_audit AFTER INSERT ON outcome_record
    REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION audit_outcome_batch();
CREATE TRIGGER outcome_record_update_audit AFTER UPDATE ON outcome_record
    REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION audit_outcome_batch();
CREATE TRIGGER outcome_record_delete_audit AFTER DELETE ON outcome_record
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('project_id', 'id', 'respondent_ref');
CREATE TRIGGER outcome_record_erasure_audit AFTER UPDATE OF respondent_ref ON outcome_record
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('project_id', 'id', 'respondent_ref,updated_at');

CREATE TRIGGER monitoring_return_audit AFTER INSERT OR UPDATE OR DELETE ON monitoring_return
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('project_id', 'id', '');
