-- The last run of a version's «Kiểm thử» cases (issue 17), by version and the SHA-256 of its files, so that every
-- instance shows the same results; result: the run as JSON (cases, unreadable rows, why none could run).
CREATE TABLE rule_set_test_runs (
    version INTEGER     NOT NULL REFERENCES rule_set_versions (version),
    sha256  VARCHAR(64) NOT NULL,
    ran_at  TIMESTAMP   NOT NULL,
    result  TEXT        NOT NULL,
    PRIMARY KEY (version, sha256)
);
