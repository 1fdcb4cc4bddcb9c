-- PostgreSQL: at most one RUNNING run per period, whichever instance starts it.
CREATE UNIQUE INDEX evaluation_runs_one_running ON evaluation_runs (period_id) WHERE state = 'RUNNING';
