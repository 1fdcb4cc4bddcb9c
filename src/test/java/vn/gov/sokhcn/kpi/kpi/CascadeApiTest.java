package vn.gov.sokhcn.kpi.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Department SO has two divisions, PKH (two people, one of whom left before the period) and TTRA
 * (one person), and a sub-division PKH-1 under PKH. SO holds a unit-level and a person-level KPI.
 */
class CascadeApiTest extends KpiApiTest {
    long unitKpi;
    long personKpi;

    @BeforeEach
    void organisation() {
        unit("SO", null, true);
        unit("PKH", "SO", false);
        unit("TTRA", "SO", false);
        unit("PKH-1", "PKH", false);
        employee("CB001", "PKH");
        employee("CB002", "PKH", "2020-01-01", "2026-03-31");
        employee("CB003", "TTRA");
        employee("GD", "SO");
        indicator("KPI-01", "HIGHER_IS_BETTER", "UNIT");
        indicator("PI-02", "TASKS", "PERSON");
        period("2026-05");
        unitKpi = assign("2026-05", "KPI-01", "SO", true, "60");
        personKpi = assign("2026-05", "PI-02", "SO", true, "40");
    }

    @Test
    void shouldCopyTheDepartmentsAssignmentsToEveryUnitBelowAndPersonLevelOnesToTheirPeople() {
        long rowEvents = jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE object_type = 'Assignment'").query(Long.class).single();
        Reply reply = POST("/api/periods/2026-05/cascade", "{}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"period\":\"2026-05\",\"level\":\"ALL\",\"created\":9,\"skipped\":0,\"overwritten\":0}");
        assertThat(holders("KPI-01")).containsExactly("PKH", "PKH-1", "SO", "TTRA");
        assertThat(holders("PI-02")).containsExactly("PKH", "PKH-1", "SO", "TTRA", "CB001", "CB003", "GD");
        assertThat(jdbc.sql("SELECT action || ' ' || object_type || ' ' || object_id || ': ' || detail FROM audit_events "
                + "ORDER BY id DESC").query(String.class).list().get(0))
                .isEqualTo("CASCADE Period 2026-05: Phân bổ chỉ tiêu kỳ «2026-05» xuống các đơn vị và cán bộ: thêm 9, giữ nguyên 0, ghi đè 0");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE object_type = 'Assignment'").query(Long.class).single())
                .as("one event for the cascade, none per copy").isEqualTo(rowEvents);
        var copy = GET("/api/assignments?period=2026-05&unit=PKH&indicator=KPI-01").json().at("/items/0");
        assertThat(copy.get("cascadedFrom").asLong()).isEqualTo(unitKpi);
        assertThat(copy.get("weight").toString()).isEqualTo("60");
        assertThat(copy.get("target").toString()).isEqualTo("10");
        long pkhPersonKpi = GET("/api/assignments?unit=PKH&indicator=PI-02").json().at("/items/0/id").asLong();
        assertThat(GET("/api/assignments?employee=CB001").json().at("/items/0/cascadedFrom").asLong()).isEqualTo(pkhPersonKpi);
        assertThat(GET("/api/assignments?unit=PKH-1&indicator=PI-02").json().at("/items/0/cascadedFrom").asLong())
                .isEqualTo(pkhPersonKpi);
    }

    @Test
    void shouldCreateNothingTheSecondTime() {
        POST("/api/periods/2026-05/cascade", "{\"level\": \"ALL\"}");

        Reply again = POST("/api/periods/2026-05/cascade", "{\"level\": \"ALL\"}");

        assertThat(again.json().get("created").asInt()).isZero();
        assertThat(again.json().get("skipped").asInt()).isEqualTo(9);
        assertThat(count("assignments")).isEqualTo(11);
    }

    @Test
    void shouldCascadeOneLevelAtATime() {
        Reply people = POST("/api/periods/2026-05/cascade", "{\"level\": \"PEOPLE\"}");
        assertThat(people.body()).isEqualTo("{\"period\":\"2026-05\",\"level\":\"PEOPLE\",\"created\":1,\"skipped\":0,\"overwritten\":0}");
        assertThat(holders("PI-02")).containsExactly("SO", "GD");

        Reply units = POST("/api/periods/2026-05/cascade", "{\"level\": \"UNITS\"}");
        assertThat(units.json().get("created").asInt()).isEqualTo(6);
        assertThat(POST("/api/periods/2026-05/cascade", "{\"level\": \"PEOPLE\"}").json().get("created").asInt()).isEqualTo(2);
        assertThat(POST("/api/periods/2026-05/cascade", null).json().get("created").asInt()).isZero();
    }

    @Test
    void shouldKeepExistingAssignmentsUnlessToldToOverwrite() {
        long own = assign("2026-05", "KPI-01", "PKH", true, "25");

        Reply kept = POST("/api/periods/2026-05/cascade", "{\"level\": \"UNITS\"}");
        assertThat(kept.json().get("created").asInt()).isEqualTo(5);
        assertThat(kept.json().get("skipped").asInt()).isEqualTo(1);
        assertThat(GET("/api/assignments/" + own).json().get("weight").toString()).isEqualTo("25");

        Reply overwritten = POST("/api/periods/2026-05/cascade", "{\"level\": \"UNITS\", \"overwrite\": true}");
        assertThat(overwritten.body())
                .isEqualTo("{\"period\":\"2026-05\",\"level\":\"UNITS\",\"created\":0,\"skipped\":0,\"overwritten\":6}");
        assertThat(GET("/api/assignments/" + own).json().get("weight").toString()).isEqualTo("60");
        assertThat(GET("/api/assignments/" + own).json().get("cascadedFrom").asLong()).isEqualTo(unitKpi);
        assertThat(count("assignments")).isEqualTo(8);
    }

    @Test
    void shouldAnswerAnUnknownPeriodOrLevelWithoutWritingAnything() {
        Reply unknown = POST("/api/periods/2099-01/cascade", "{}");
        Reply badLevel = POST("/api/periods/2026-05/cascade", "{\"level\": \"TEAMS\"}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.detail()).isEqualTo("Không tìm thấy kỳ đánh giá «2099-01»");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.error("$.level")).isEqualTo("Giá trị «TEAMS» không hợp lệ; chỉ nhận một trong: UNITS, PEOPLE, ALL");
        assertThat(count("assignments")).isEqualTo(2);
    }

    @Test
    void shouldDocumentTheCascadeInTheOpenApiDescription() {
        Reply docs = GET("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/paths/~1api~1periods~1{code}~1cascade/post/description").asString())
                .contains("PERSON", "cascadedFrom", "overwrite", "a failure writes nothing");
    }

    private java.util.List<String> holders(String indicator) {
        var items = GET("/api/assignments?period=2026-05&size=100&indicator=" + indicator).json().get("items");
        java.util.List<String> holders = new java.util.ArrayList<>();
        items.forEach(a -> holders.add(a.get("unit").isNull() ? a.get("employee").asString() : a.get("unit").asString()));
        return holders;
    }
}
