-- H2 (no partial indexes): a column that is 1 only for the ACTIVE default and NULL otherwise, unique (NULLs never
-- collide), so that at most one ACTIVE version without an effective range exists.
ALTER TABLE rule_set_versions ADD COLUMN active_default INTEGER GENERATED ALWAYS AS (
    CASE WHEN state = 'ACTIVE' AND effective_from IS NULL AND effective_to IS NULL THEN 1 END);
CREATE UNIQUE INDEX rule_set_versions_one_active_default ON rule_set_versions (active_default);
