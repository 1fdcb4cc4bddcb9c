package vn.gov.sokhcn.kpi.demo;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The first start with demo data runs the demo periods officially, so results are there at once. */
@SpringBootTest(properties = {"kpi.demo-data.enabled=true", "kpi.demo-data.run-periods=true"})
@AutoConfigureMockMvc
class DemoStartupRunsTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void shouldRunEveryMonthAndEveryCompleteQuarterAtTheFirstStart() {
        List<String> completed = jdbc.sql("""
                SELECT p.code FROM evaluation_runs r JOIN periods p ON p.id = r.period_id
                WHERE r.state = 'COMPLETED' AND r.started_by = 'dữ liệu mẫu' ORDER BY r.id
                """).query(String.class).list();

        assertThat(completed).containsExactly("2023-05", "2023-06", "2023-07", "2026-01", "2026-02", "2026-03",
                "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11",
                "2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation_runs WHERE state <> 'COMPLETED'").query(Long.class).single())
                .isZero();
    }

    @Test
    void shouldShowAPersonsStoredResultsAcrossTheDemoPeriods() throws Exception {
        mvc.perform(get("/api/employees/CB36/results").param("size", "50").with(httpBasic("hr", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(17))
                .andExpect(jsonPath("$.items[?(@.period == '2026-07')].rating").value(Matchers.contains("KHTNV")))
                .andExpect(jsonPath("$.items[?(@.period == '2026-Q3')].periodKind").value(Matchers.contains("QUARTER")));
    }
}
