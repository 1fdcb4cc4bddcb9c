-- The one meaning of "the latest completed run of a period": among the period's COMPLETED official runs,
-- the one that finished last (ties by the higher id). Every reader (API and console results, dashboard,
-- report, bonus, staffing, roll-ups and trials' inputs) joins this view instead of choosing on its own.
-- A COMPLETED run always has finished_at; COALESCE keeps hand-written rows without one deterministic.
CREATE VIEW latest_completed_runs AS
SELECT r.period_id, r.id AS run_id
FROM evaluation_runs r
WHERE r.state = 'COMPLETED'
  AND NOT EXISTS (
      SELECT 1 FROM evaluation_runs o
      WHERE o.period_id = r.period_id AND o.state = 'COMPLETED'
        AND (COALESCE(o.finished_at, o.started_at) > COALESCE(r.finished_at, r.started_at)
             OR (COALESCE(o.finished_at, o.started_at) = COALESCE(r.finished_at, r.started_at) AND o.id > r.id)));
