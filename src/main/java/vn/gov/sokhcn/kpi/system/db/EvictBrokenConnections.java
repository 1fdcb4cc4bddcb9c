package vn.gov.sokhcn.kpi.system.db;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Hikari keeps a connection whose error it does not know as lost (H2's "database is closed" has SQLState 90098,
 * not 08xxx), so a closed embedded database failed every request until a restart. Evicting such connections makes
 * the next one open the database again. Named by {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class EvictBrokenConnections implements SQLExceptionOverride {
    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        return DatabaseFailures.isUnavailable(e) ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
