-- PostgreSQL: decisions and steps of an appraisal are append-only; UPDATE, DELETE and TRUNCATE fail.
CREATE FUNCTION appraisal_frozen_rows() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'Quyết định và các bước đánh giá đã ghi không được sửa hay xóa (% trên %)', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER appraisal_decisions_no_change BEFORE UPDATE OR DELETE ON appraisal_decisions
    FOR EACH ROW EXECUTE FUNCTION appraisal_frozen_rows();
CREATE TRIGGER appraisal_decisions_no_truncate BEFORE TRUNCATE ON appraisal_decisions
    FOR EACH STATEMENT EXECUTE FUNCTION appraisal_frozen_rows();
CREATE TRIGGER appraisal_steps_no_change BEFORE UPDATE OR DELETE ON appraisal_steps
    FOR EACH ROW EXECUTE FUNCTION appraisal_frozen_rows();
CREATE TRIGGER appraisal_steps_no_truncate BEFORE TRUNCATE ON appraisal_steps
    FOR EACH STATEMENT EXECUTE FUNCTION appraisal_frozen_rows();
