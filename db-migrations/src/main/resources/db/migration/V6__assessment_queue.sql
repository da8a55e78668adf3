-- The officers' queue filters and sorts in the database: the amount requested and the area are
-- mirrored from the form into columns, and the common filters are indexed.

ALTER TABLE grant_application
    ADD COLUMN total_requested NUMERIC(12, 2),
    ADD COLUMN area_served VARCHAR(200);

UPDATE grant_application SET
    area_served = form ->> 'areaServed',
    total_requested = (SELECT COALESCE(SUM((y ->> 'requested')::numeric), 0)
                       FROM jsonb_array_elements(COALESCE(form -> 'budget', '[]'::jsonb)) y);

CREATE INDEX grant_application_queue_idx ON grant_application (round_id, status, submitted_at);
CREATE INDEX grant_application_theme_idx ON grant_application (primary_theme);
CREATE INDEX grant_application_model_idx ON grant_application (co_production_model);
CREATE INDEX grant_application_title_lower_idx ON grant_application (lower(title));
