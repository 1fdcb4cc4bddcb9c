package vn.gov.sokhcn.kpi.system;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Which database the service runs on, for the few features only PostgreSQL has (advisory locks, LISTEN/NOTIFY). */
@Component
public class DatabaseVendor {
    private final boolean postgres;

    DatabaseVendor(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    public boolean postgres() {
        return postgres;
    }
}
