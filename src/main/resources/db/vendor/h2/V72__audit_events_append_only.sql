-- H2: the audit log is append-only; UPDATE and DELETE on audit_events fail (vn.gov.sokhcn.kpi.audit.AppendOnlyTrigger).
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events FOR EACH ROW CALL 'vn.gov.sokhcn.kpi.audit.AppendOnlyTrigger';
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events FOR EACH ROW CALL 'vn.gov.sokhcn.kpi.audit.AppendOnlyTrigger';
