package vn.gov.sokhcn.kpi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A database that cannot be reached is a 503 with a Vietnamese problem and a Retry-After, never the 409 about
 * duplicate codes (issue 17); a genuine duplicate stays a 409. A real H2 database, shut down under an open
 * connection, stands for the closed embedded database; its health is DOWN.
 */
class DatabaseFailureProblemTest {
    private final String url = "jdbc:h2:mem:closed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Connection held;
    private SingleConnectionDataSource dataSource;
    private MockMvc mvc;

    @BeforeEach
    void openDatabase() throws SQLException {
        held = DriverManager.getConnection(url, "sa", "");
        held.createStatement().execute("create table units(code varchar(64) primary key)");
        held.createStatement().execute("insert into units values('QLKH')");
        dataSource = new SingleConnectionDataSource(held, true);
        mvc = MockMvcBuilders.standaloneSetup(new Units(dataSource)).setControllerAdvice(new ProblemDetailsAdvice()).build();
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        held.close();
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenTheDatabaseIsClosed() throws Exception {
        shutDown();
        mvc.perform(post("/units/TCCB"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:database-unavailable"))
                .andExpect(jsonPath("$.title").value("Cơ sở dữ liệu tạm thời không truy cập được"))
                .andExpect(jsonPath("$.detail").value(ProblemDetailsAdvice.UNAVAILABLE_DETAIL));
    }

    @Test
    void shouldAnswer503WhenNoConnectionCanBeHad() throws Exception {
        JdbcDataSource refused = new JdbcDataSource();
        refused.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere");
        MockMvc nowhere = MockMvcBuilders.standaloneSetup(new Units(refused))
                .setControllerAdvice(new ProblemDetailsAdvice()).build();
        nowhere.perform(post("/units/TCCB"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:database-unavailable"));
    }

    @Test
    void shouldStillAnswer409ForAGenuineDuplicateCode() throws Exception {
        mvc.perform(post("/units/QLKH"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("Không lưu được thay đổi: dữ liệu trùng mã hoặc còn được dữ liệu khác tham chiếu."));
    }

    @Test
    void shouldReportTheDatabaseDownWhileItIsClosed() throws SQLException {
        assertThat(new DataSourceHealthIndicator(dataSource).health().getStatus()).isEqualTo(Status.UP);
        shutDown();
        assertThat(new DataSourceHealthIndicator(dataSource).health().getStatus()).isEqualTo(Status.DOWN);
    }

    private void shutDown() throws SQLException {
        try (Connection other = DriverManager.getConnection(url, "sa", "")) {
            other.createStatement().execute("shutdown");
        }
    }

    @RestController
    static class Units {
        private final JdbcTemplate jdbc;
        private final TransactionTemplate transaction;

        Units(DataSource dataSource) {
            this.jdbc = new JdbcTemplate(dataSource);
            this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        }

        @PostMapping("/units/{code}")
        void create(@PathVariable String code) {
            transaction.executeWithoutResult(s -> jdbc.update("insert into units values(?)", code));
        }
    }
}
