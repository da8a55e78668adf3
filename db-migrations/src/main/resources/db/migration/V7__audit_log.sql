-- The audit trail: every insert, update and delete of an audited table is written by a trigger to
-- audit_log, with who (the login the application puts in the transaction through
-- set_config('grantwise.actor', ..., true)), when and what changed. Nothing in the application
-- can change it afterwards: the log refuses updates, deletes and truncation.

CREATE TABLE audit_log (
    id              BIGSERIAL    PRIMARY KEY,
    occurred_at     TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    actor           VARCHAR(255) NOT NULL,
    table_name      VARCHAR(63)  NOT NULL,
    operation       VARCHAR(6)   NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    row_key         VARCHAR(200) NOT NULL,
    -- The application the row belongs to, for its history tab. No foreign key: the log outlives
    -- what it describes.
    application_id  BIGINT,
    -- INSERT: the new row; DELETE: the old row; UPDATE: {"column": [old, new]} for changed columns
    -- only, with JSON columns compared one level down ("form.title").
    changes         JSONB        NOT NULL
);
CREATE INDEX audit_log_application_idx ON audit_log (application_id, id);
CREATE INDEX audit_log_table_row_idx ON audit_log (table_name, row_key);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Arguments: 1) how the row leads to its application: a column of the row holding the
-- application id, 'assessment_id' (through assessment), 'project_id' (through funded_project) or
-- '' for none; 2) the key columns, comma-separated; 3) optional: columns never copied into the log
-- (comma-separated), because they are noise (timestamps, versions) or personal.
CREATE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row    JSONB := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row    JSONB := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    the_row    JSONB := COALESCE(new_row, old_row);
    link       TEXT  := TG_ARGV[0];
    key_cols   TEXT[] := string_to_array(TG_ARGV[1], ',');
    hidden     TEXT[] := COALESCE(string_to_array(NULLIF(TG_ARGV[2], ''), ','), '{}');
    diff       JSONB := '{}';
    app_id     BIGINT;
    col        TEXT;
    old_value  JSONB;
    new_value  JSONB;
    sub_key    TEXT;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        FOR col, new_value IN SELECT key, value FROM jsonb_each(new_row) LOOP
            CONTINUE WHEN col = ANY (hidden);
            old_value := old_row -> col;
            CONTINUE WHEN old_value IS NOT DISTINCT FROM new_value;
            IF jsonb_typeof(old_value) = 'object' AND jsonb_typeof(new_value) = 'object' THEN
                FOR sub_key IN
                    SELECT key FROM jsonb_object_keys(old_value) key
                    UNION SELECT key FROM jsonb_object_keys(new_value) key
                LOOP
                    IF (old_value -> sub_key) IS DISTINCT FROM (new_value -> sub_key) THEN
                        diff := diff || jsonb_build_object(col || '.' || sub_key,
                            jsonb_build_array(old_value -> sub_key, new_value -> sub_key));
                    END IF;
                END LOOP;
            ELSE
                diff := diff || jsonb_build_object(col, jsonb_build_array(old_value, new_value));
            END IF;
        END LOOP;
        IF diff = '{}' THEN
            RETURN NULL;
        END IF;
    ELSE
        diff := the_row - hidden;
    END IF;

    IF link = 'assessment_id' THEN
        SELECT a.application_id INTO app_id FROM assessment a
        WHERE a.id = (the_row ->> 'assessment_id')::BIGINT;
    ELSIF link = 'project_id' THEN
        SELECT p.application_id INTO app_id FROM funded_project p
        WHERE p.id = (the_row ->> 'project_id')::BIGINT;
    ELSIF link <> '' THEN
        app_id := (the_row ->> link)::BIGINT;
    END IF;

    INSERT INTO audit_log (actor, table_name, operation, row_key, application_id, changes)
    VALUES (
        COALESCE(NULLIF(current_setting('grantwise.actor', true), ''), 'system:' || current_user),
        TG_TABLE_NAME,
        TG_OP,
        (SELECT string_agg(the_row ->> k, '/') FROM unnest(key_cols) k),
        app_id,
        diff);
    RETURN NULL;
END;
$$;

CREATE TRIGGER grant_application_audit AFTER INSERT OR UPDATE OR DELETE ON grant_application
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('id', 'id', 'version,updated_at');
CREATE TRIGGER application_document_audit AFTER INSERT OR UPDATE OR DELETE ON application_document
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('application_id', 'id', '');
CREATE TRIGGER application_assignment_audit AFTER INSERT OR UPDATE OR DELETE ON application_assignment
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('application_id', 'application_id', 'version');
CREATE TRIGGER conflict_declaration_audit AFTER INSERT OR UPDATE OR DELETE ON conflict_declaration
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('application_id', 'id', '');
CREATE TRIGGER assessment_audit AFTER INSERT OR UPDATE OR DELETE ON assessment
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('application_id', 'id', 'version,updated_at');
CREATE TRIGGER assessment_score_audit AFTER INSERT OR UPDATE OR DELETE ON assessment_score
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('assessment_id', 'assessment_id,criterion_code', '');
CREATE TRIGGER decision_audit AFTER INSERT OR UPDATE OR DELETE ON decision
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('application_id', 'application_id', '');
CREATE TRIGGER funded_project_audit AFTER INSERT OR UPDATE OR DELETE ON funded_project
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('application_id', 'id', '');
CREATE TRIGGER project_amount_audit AFTER INSERT OR UPDATE OR DELETE ON project_amount
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('project_id', 'project_id,year', '');
CREATE TRIGGER project_report_due_audit AFTER INSERT OR UPDATE OR DELETE ON project_report_due
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('project_id', 'project_id,due_on', '');
CREATE TRIGGER round_criterion_audit AFTER INSERT OR UPDATE OR DELETE ON round_criterion
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('', 'id', '');
CREATE TRIGGER funding_round_audit AFTER INSERT OR UPDATE OR DELETE ON funding_round
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('', 'id', '');
CREATE TRIGGER organisation_audit AFTER INSERT OR UPDATE OR DELETE ON organisation
    FOR EACH ROW EXECUTE FUNCTION audit_row_change('', 'id', '');
