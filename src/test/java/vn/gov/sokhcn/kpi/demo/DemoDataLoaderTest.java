package vn.gov.sokhcn.kpi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The loader over a database of its own (Flyway, no Spring Boot): what it loads, and when it does nothing. */
class DemoDataLoaderTest {

    @Test
    void shouldLoadTheDepartmentIntoAnEmptyDatabase() {
        DemoDatabase db = DemoDatabase.fresh();

        assertThat(db.loader().loadIfEmpty()).isTrue();

        assertThat(db.count("units")).isEqualTo(9);
        assertThat(db.count("employees")).isEqualTo(60);
        assertThat(db.count("positions")).isEqualTo(15);
        assertThat(db.count("competencies")).isEqualTo(11);
        assertThat(db.count("perspectives")).isEqualTo(4);
        assertThat(db.count("objectives")).isEqualTo(11);
        assertThat(db.count("objective_links")).isEqualTo(12);
        assertThat(db.count("csfs")).isEqualTo(16);
        assertThat(db.count("indicators")).isEqualTo(32);
        assertThat(db.count("periods")).isEqualTo(18);
        assertThat(db.count("measurements")).isEqualTo(db.count("assignments"));
        assertThat(db.jdbc().queryForList("SELECT code FROM periods WHERE pilot ORDER BY code", String.class))
                .containsExactly("2023-05", "2023-06", "2023-07");
        assertThat(db.jdbc().queryForList("SELECT kind FROM indicators", String.class))
                .filteredOn("KRI"::equals).hasSize(3);
        assertThat(db.jdbc().queryForList("SELECT DISTINCT polarity FROM indicators ORDER BY polarity", String.class))
                .containsExactly("BINARY", "HIGHER_IS_BETTER", "LOWER_IS_BETTER", "TARGET_RANGE", "TASKS");
        assertThat(db.jdbc().queryForObject("SELECT name FROM units WHERE parent_id IS NULL", String.class))
                .isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(db.jdbc().queryForObject("SELECT full_name FROM employees WHERE leadership = 'DIRECTOR'", String.class))
                .isEqualTo("Nguyễn Văn Hùng");
    }

    @Test
    void shouldLeaveADatabaseThatAlreadyHasAUnitAsItIs() {
        DemoDatabase db = DemoDatabase.fresh();
        db.jdbc().update("INSERT INTO units (code, name) VALUES ('SO', 'Sở của người dùng')");

        assertThat(db.loader().loadIfEmpty()).isFalse();

        assertThat(db.jdbc().queryForList("SELECT name FROM units", String.class)).containsExactly("Sở của người dùng");
        assertThat(db.count("employees")).isZero();
        assertThat(db.count("indicators")).isZero();
        assertThat(db.count("periods")).isZero();
    }

    @Test
    void shouldNotLoadTwice() {
        DemoDatabase db = DemoDatabase.loaded();
        long assignments = db.count("assignments");

        assertThat(db.loader().loadIfEmpty()).isFalse();

        assertThat(db.count("units")).isEqualTo(9);
        assertThat(db.count("employees")).isEqualTo(60);
        assertThat(db.count("assignments")).isEqualTo(assignments);
    }

    @Test
    void shouldLoadTheSameRowsEveryTime() {
        List<String> tables = List.of("units", "competencies", "positions", "position_competencies", "employees",
                "competency_assessments", "perspectives", "objectives", "objective_links", "csfs", "indicators", "periods",
                "assignments", "measurements", "general_criteria", "discipline_records", "unit_sanctions", "leave_records",
                "quota_exemptions");
        DemoDatabase first = DemoDatabase.loaded(), second = DemoDatabase.loaded();

        for (String table : tables) {
            assertThat(rows(second, table)).as(table).isNotEmpty().isEqualTo(rows(first, table));
        }
    }

    private static List<Map<String, Object>> rows(DemoDatabase db, String table) {
        return db.jdbc().queryForList("SELECT * FROM " + table + " ORDER BY 1, 2");
    }
}
