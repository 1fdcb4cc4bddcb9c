-- Official runs on several instances (issue 17): the instance running a run, its heartbeat (the run is
-- failed by any live instance once the heartbeat is older than kpi.runs.lease) and its progress while RUNNING.
ALTER TABLE evaluation_runs ADD COLUMN instance_id VARCHAR(200);
ALTER TABLE evaluation_runs ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE evaluation_runs ADD COLUMN people_total INTEGER;
ALTER TABLE evaluation_runs ADD COLUMN people_done INTEGER;
ALTER TABLE evaluation_runs ADD COLUMN progress_percent INTEGER;

-- V146 allows one RUNNING run per period: of older duplicates (two instances before this release) only the
-- latest stays RUNNING, to be failed by the lease like any run without a heartbeat.
UPDATE evaluation_runs SET state = 'FAILED', finished_at = CURRENT_TIMESTAMP,
       failure = 'Lượt đánh giá bị gián đoạn: một lượt khác của cùng kỳ chạy cùng lúc; không có kết quả nào được lưu. Hãy chạy lại.'
WHERE state = 'RUNNING'
  AND id NOT IN (SELECT MAX(id) FROM evaluation_runs WHERE state = 'RUNNING' GROUP BY period_id);
