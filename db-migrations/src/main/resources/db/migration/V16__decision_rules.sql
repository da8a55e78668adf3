-- An award needs a completed assessment, or a recorded reason to award without one: the reason is
-- kept with the decision (and so in the audit log). Null for every earlier decision.
ALTER TABLE decision ADD COLUMN no_assessment_reason VARCHAR(4000);
