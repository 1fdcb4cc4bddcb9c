-- H2: decisions and steps of an appraisal are append-only (vn.gov.sokhcn.kpi.appraisal.FrozenRowTrigger).
CREATE TRIGGER appraisal_decisions_no_update BEFORE UPDATE ON appraisal_decisions FOR EACH ROW CALL 'vn.gov.sokhcn.kpi.appraisal.FrozenRowTrigger';
CREATE TRIGGER appraisal_decisions_no_delete BEFORE DELETE ON appraisal_decisions FOR EACH ROW CALL 'vn.gov.sokhcn.kpi.appraisal.FrozenRowTrigger';
CREATE TRIGGER appraisal_steps_no_update BEFORE UPDATE ON appraisal_steps FOR EACH ROW CALL 'vn.gov.sokhcn.kpi.appraisal.FrozenRowTrigger';
CREATE TRIGGER appraisal_steps_no_delete BEFORE DELETE ON appraisal_steps FOR EACH ROW CALL 'vn.gov.sokhcn.kpi.appraisal.FrozenRowTrigger';
