package vn.gov.sokhcn.kpi.system.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (refused or lost connection, a closed embedded database, a server
 * shutting down; a transient failure such as a lock timeout, which passes too) from a write the database refused
 * (a duplicate code, a row still referenced): the first is the service's fault and may be retried, the second is
 * the caller's. Spring wraps the cause in whatever it throws,
 * so the whole chain is read.
 */
public final class DatabaseFailures {
    /** H2: DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN, CONNECTION_BROKEN_1, FILE_CORRUPTED_1, IO_EXCEPTION_1/2. */
    private static final int[] H2_CLOSED = {90098, 90121, 90067, 90030, 90028, 90031};

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException s && isUnavailable(s)) {
                return true;
            }
        }
        return false;
    }

    static boolean isUnavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
            return true;
        }
        for (int code : H2_CLOSED) {
            if (e.getErrorCode() == code && isH2(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isH2(SQLException e) {
        return e.getClass().getName().startsWith("org.h2.");
    }
}
