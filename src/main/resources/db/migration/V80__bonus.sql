-- The base salary (lương cơ sở) in force from a date: law facts kept as data, editable by HR.
CREATE TABLE base_salaries (
    effective_from DATE         NOT NULL PRIMARY KEY,
    amount         BIGINT       NOT NULL CHECK (amount > 0),
    basis          VARCHAR(300)
);
INSERT INTO base_salaries (effective_from, amount, basis) VALUES
    ('2019-07-01', 1490000, 'Nghị định 38/2019/NĐ-CP'),
    ('2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP'),
    ('2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP');

-- A bonus fund entered by HR for a year and an agency; when present it replaces the computed fund.
CREATE TABLE bonus_funds (
    fund_year  INTEGER      NOT NULL,
    unit_id    BIGINT       NOT NULL REFERENCES units (id),
    amount     BIGINT       NOT NULL CHECK (amount >= 0),
    entered_by VARCHAR(100) NOT NULL,
    entered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (fund_year, unit_id)
);
