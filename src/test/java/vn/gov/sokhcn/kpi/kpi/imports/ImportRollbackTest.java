package vn.gov.sokhcn.kpi.kpi.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A failure while writing (here a constraint the database adds for the test, hit by the last row)
 * rolls back the rows written before it: the database is as it was.
 */
@SpringBootTest(properties = ImportTests.CONTEXT)
@AutoConfigureMockMvc
class ImportRollbackTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    ImportFixture fixture;

    @BeforeEach
    void data() {
        fixture = new ImportFixture(jdbc);
        fixture.reset();
        jdbc.execute("ALTER TABLE measurements ADD CONSTRAINT import_test_refusal CHECK (evidence_note IS NULL OR evidence_note <> 'từ chối')");
    }

    @AfterEach
    void dropConstraint() {
        jdbc.execute("ALTER TABLE measurements DROP CONSTRAINT import_test_refusal");
    }

    @Test
    void shouldLeaveTheDatabaseAsItWasWhenTheLastRowFailsToBeWritten() throws Exception {
        String csv = """
                Mã cán bộ,Mã đơn vị,Mã chỉ số,Chỉ tiêu,Trọng số,Thực hiện,Ghi chú minh chứng
                CB002,,TTHC_DUNG_HAN,90,100,88,
                ,PKH,TTHC_DUNG_HAN,98,100,99,
                CB001,,TTHC_DUNG_HAN,95,70,90,từ chối
                """;
        long assignments = fixture.count("assignments");
        long measurements = fixture.count("measurements");
        long events = fixture.count("audit_events");

        ImportTests.upload(mvc, "hong.csv", csv.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Xung đột với dữ liệu đã lưu"));

        assertThat(fixture.count("assignments")).isEqualTo(assignments);
        assertThat(fixture.count("measurements")).isEqualTo(measurements);
        assertThat(fixture.count("audit_events")).as("no IMPORT event for an import rolled back").isEqualTo(events);
        assertThat(fixture.measurement("PKH", "TTHC_DUNG_HAN")).containsEntry("ACTUAL_VALUE", new BigDecimal("97.0000"));
        assertThat(fixture.assignment("CB001", "TTHC_DUNG_HAN")).containsEntry("WEIGHT", new BigDecimal("60.000"));
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM assignments a JOIN employees e ON e.id = a.employee_id WHERE e.code = 'CB002'""",
                Long.class)).isZero();
    }
}
