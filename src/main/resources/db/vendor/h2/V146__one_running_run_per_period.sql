-- H2 (no partial index): at most one RUNNING run per period through a column that holds the period only
-- while the run is RUNNING (NULL otherwise; NULLs never collide in a unique index).
ALTER TABLE evaluation_runs ADD COLUMN running_period_id BIGINT
    GENERATED ALWAYS AS (CASE WHEN state = 'RUNNING' THEN period_id END);
CREATE UNIQUE INDEX evaluation_runs_one_running ON evaluation_runs (running_period_id);
