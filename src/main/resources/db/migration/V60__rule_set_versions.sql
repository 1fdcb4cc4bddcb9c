-- Versions of the rule set (issue 4): every upload is a DRAFT; ACTIVE versions are the ones evaluations
-- use (the one without an effective range by default, a ranged one for periods starting in its range).
CREATE TABLE rule_set_versions (
    version        INTEGER      NOT NULL PRIMARY KEY,
    state          VARCHAR(16)  NOT NULL CHECK (state IN ('DRAFT', 'ACTIVE', 'RETIRED')),
    sha256         VARCHAR(64)  NOT NULL,
    author         VARCHAR(200) NOT NULL,
    comment        VARCHAR(2000),
    created_at     TIMESTAMP    NOT NULL,
    activated_at   TIMESTAMP,
    activated_by   VARCHAR(200),
    effective_from DATE,
    effective_to   DATE,
    based_on       INTEGER REFERENCES rule_set_versions (version),
    structural     BOOLEAN      NOT NULL DEFAULT FALSE
);

-- The files of a version by path (rules/..., decision-tables/...); content is the file's bytes in base64.
CREATE TABLE rule_set_files (
    version INTEGER       NOT NULL REFERENCES rule_set_versions (version),
    path    VARCHAR(500)  NOT NULL,
    content TEXT          NOT NULL,
    sha256  VARCHAR(64)   NOT NULL,
    PRIMARY KEY (version, path)
);
