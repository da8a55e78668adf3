-- The outcome statistics count up to millions of records; the application keeps each report's
-- counts until the data changes. Every statement that changes outcome records or funded projects
-- takes the next value of this sequence, and each node compares it with the value its cached counts
-- were made at. A sequence, not a counter row, so that concurrent imports never wait for each other.
CREATE SEQUENCE report_data_version_seq;

CREATE FUNCTION report_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('report_data_version_seq');
    RETURN NULL;
END;
$$;

CREATE TRIGGER outcome_record_report_version
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON outcome_record
    FOR EACH STATEMENT EXECUTE FUNCTION report_data_changed();
CREATE TRIGGER funded_project_report_version
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON funded_project
    FOR EACH STATEMENT EXECUTE FUNCTION report_data_changed();
