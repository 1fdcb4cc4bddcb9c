package vn.gov.sokhcn.kpi.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger of {@code db/vendor/h2/V72__audit_events_append_only.sql}: the audit log is append-only,
 * so every UPDATE and DELETE of {@code audit_events} fails (PostgreSQL has its own trigger in plpgsql).
 */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("Nhật ký kiểm tra chỉ được ghi thêm: không được sửa hay xóa", "45000");
    }
}
