package vn.gov.sokhcn.kpi.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Runs that cannot be made: nothing of their results is stored, the run is FAILED with the reason. */
class FailedRunHttpTest extends StoredDepartmentTest {
    @Test
    void shouldRefuseAMonthWhereSomeoneLacksGeneralCriteriaAndStoreNoResult() {
        RunHttp.Reply reply = http.post("/api/periods/2026-04/runs");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        String failure = "Dữ liệu của kỳ 2026-04 chưa đánh giá được (1 vấn đề): Cán bộ E1 (Nguyễn Văn An) chưa có điểm"
                + " tiêu chí chung của kỳ 2026-04.";
        assertThat(problem.at("/type").asString()).isEqualTo("urn:kpi:problem:run-inputs");
        assertThat(problem.at("/title").asString()).isEqualTo("Dữ liệu của kỳ chưa đánh giá được");
        assertThat(problem.at("/detail").asString()).isEqualTo(failure);
        assertThat(problem.at("/errors").toString()).isEqualTo("[{\"subject\":\"E1\",\"field\":\"generalCriteria\","
                + "\"message\":\"Cán bộ E1 (Nguyễn Văn An) chưa có điểm tiêu chí chung của kỳ 2026-04\"}]");
        long runId = problem.at("/runId").asLong();
        JsonNode run = http.get("/api/runs/" + runId).json();
        assertThat(run.at("/state").asString()).isEqualTo("FAILED");
        assertThat(run.at("/failure").asString()).isEqualTo(failure);
        assertThat(run.at("/finishedAt").isNull()).isFalse();
        assertThat(run.at("/counts/employees").asInt()).isZero();
        assertThat(resultCount(runId)).isZero();
        assertThat(jdbc.sql("SELECT action || ' ' || actor || ': ' || detail FROM audit_events WHERE object_type = 'EvaluationRun' "
                + "AND object_id = ? ORDER BY id").param(String.valueOf(runId)).query(String.class).list()).containsExactly(
                "RUN_STARTED " + run.at("/startedBy").asString() + ": Bắt đầu lượt đánh giá " + runId + " của kỳ «2026-04» với bộ quy tắc phiên bản "
                        + run.at("/ruleSet/version").asInt(),
                "RUN_FAILED " + run.at("/startedBy").asString() + ": Lượt đánh giá " + runId + " của kỳ «2026-04» thất bại: " + failure);
    }

    @Test
    void shouldRefuseWeightsThatDoNotTotalAHundredAtEachAssignment() {
        RunHttp.Reply reply = http.post("/api/periods/2026-05/runs");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors").toString()).isEqualTo("["
                + "{\"subject\":\"E1\",\"field\":\"assignments[I1].weight\",\"message\":\"Chỉ tiêu I1 giao cho E1: Tổng trọng số các chỉ tiêu của «E1» là 90, phải bằng 100.\"},"
                + "{\"subject\":\"E1\",\"field\":\"assignments[I2].weight\",\"message\":\"Chỉ tiêu I2 giao cho E1: Tổng trọng số các chỉ tiêu của «E1» là 90, phải bằng 100.\"}]");
        long runId = reply.json().at("/runId").asLong();
        assertThat(http.get("/api/runs/" + runId).json().at("/state").asString()).isEqualTo("FAILED");
        assertThat(resultCount(runId)).isZero();
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPeriodWithoutRecordingARun() {
        long runs = jdbc.sql("SELECT COUNT(*) FROM evaluation_runs").query(Long.class).single();

        RunHttp.Reply reply = http.post("/api/periods/2099-13/runs");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().at("/detail").asString()).isEqualTo("Không tìm thấy kỳ đánh giá «2099-13»");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation_runs").query(Long.class).single()).isEqualTo(runs);
        assertThat(http.get("/api/runs/987654").json().at("/detail").asString())
                .isEqualTo("Không tìm thấy lượt đánh giá «987654»");
    }

    @Test
    void shouldOfferNoWayToChangeOrDeleteARun() {
        long id = run("2026-03");

        assertThat(http.send("DELETE", "/api/runs/" + id).status()).isEqualTo(405);
        assertThat(http.send("PUT", "/api/runs/" + id).status()).isEqualTo(405);
        assertThat(http.get("/api/runs/" + id).json().at("/state").asString()).isEqualTo("COMPLETED");
    }
}
