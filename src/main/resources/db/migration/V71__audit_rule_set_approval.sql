-- Four eyes (issue 5): a structural version (code rows, sheets, DRL) needs an administrator's approval
-- before an HR officer other than its author may activate it.
ALTER TABLE rule_set_versions ADD COLUMN approved_by VARCHAR(200);
ALTER TABLE rule_set_versions ADD COLUMN approved_at TIMESTAMP;
