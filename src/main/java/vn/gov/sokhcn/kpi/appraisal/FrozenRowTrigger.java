package vn.gov.sokhcn.kpi.appraisal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger of {@code db/vendor/h2/V111__appraisal_append_only.sql}: decisions and steps of an
 * appraisal are never changed or deleted (a re-evaluation adds a decision); PostgreSQL has its own in plpgsql.
 */
public class FrozenRowTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("Quyết định và các bước đánh giá đã ghi không được sửa hay xóa", "45000");
    }
}
