-- Several instances on one database (issue 17). Every change of the rule-set versions (a new version, an
-- activation, a retirement) first updates this one row in its transaction: the row lock serialises those changes
-- across instances (version numbers are then taken without a race) and the counter tells the other instances,
-- which poll it, that what is in force may have changed.
CREATE TABLE rule_set_changes (
    id      INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    counter BIGINT  NOT NULL
);
INSERT INTO rule_set_changes (id, counter) VALUES (1, 0);

-- One ACTIVE default (db/vendor/*/V141 makes the database refuse a second): a database of an older release could
-- hold several, of which the newest was in force; the others are retired.
UPDATE rule_set_versions SET state = 'RETIRED'
WHERE state = 'ACTIVE' AND effective_from IS NULL AND effective_to IS NULL
  AND version < (SELECT MAX(version) FROM rule_set_versions
                 WHERE state = 'ACTIVE' AND effective_from IS NULL AND effective_to IS NULL);

-- The validation of a version (its files by SHA-256): problems of the build, of every check and of «Kiểm thử»
-- (static_only: the static checks of a version awaiting approval), stored so that every instance shows the same.
CREATE TABLE rule_set_validations (
    version     INTEGER     NOT NULL REFERENCES rule_set_versions (version),
    sha256      VARCHAR(64) NOT NULL,
    static_only BOOLEAN     NOT NULL,
    checked_at  TIMESTAMP   NOT NULL,
    PRIMARY KEY (version, sha256, static_only)
);
CREATE TABLE rule_set_validation_problems (
    version     INTEGER     NOT NULL,
    sha256      VARCHAR(64) NOT NULL,
    static_only BOOLEAN     NOT NULL,
    ordinal     INTEGER     NOT NULL,
    location    TEXT        NOT NULL,
    message     TEXT        NOT NULL,
    expected    TEXT,
    PRIMARY KEY (version, sha256, static_only, ordinal),
    FOREIGN KEY (version, sha256, static_only) REFERENCES rule_set_validations (version, sha256, static_only)
);
