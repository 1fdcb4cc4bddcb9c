-- The staff type a person was evaluated with, so that a run's results can be filtered by it even
-- after the person's record changes (runs are immutable). Null for a unit's result.
ALTER TABLE run_results ADD COLUMN staff_type VARCHAR(20);
