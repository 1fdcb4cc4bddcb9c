package vn.gov.sokhcn.kpi.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.JsonNode;
import vn.gov.sokhcn.kpi.system.InstanceIdentity;

/**
 * Official runs on several instances sharing one database: one RUNNING run per period, refused by the
 * database itself; a run of another instance that still beats is left alone, one whose heartbeat is older
 * than the lease (60 s) is failed by whoever looks, and the period then runs again; progress as of the last beat.
 */
class RunLeaseHttpTest extends StoredDepartmentTest {
    /** Another instance, as {@link InstanceIdentity} names one. */
    static final String OTHER = "may-b.sokhcn.local:4242:0badbeef";
    static final OffsetDateTime EIGHT_AM_NEW_YEAR = OffsetDateTime.parse("2026-01-01T01:00:00Z"); // 08:00 in Vietnam

    @Autowired
    InterruptedRuns interrupted;
    @Autowired
    RunHeartbeats heartbeats;
    @Autowired
    InstanceIdentity instance;

    @AfterEach
    void endTheRunsOfTheOtherInstance() {
        jdbc.sql("UPDATE evaluation_runs SET state = 'FAILED', finished_at = CURRENT_TIMESTAMP WHERE state = 'RUNNING' "
                + "AND started_by = 'hr.other'").update();
    }

    @Test
    void shouldLetTheDatabaseRefuseASecondRunningRunOfAPeriod() {
        runningOnOtherInstance("2026-03", null);

        assertThatThrownBy(() -> runningOnOtherInstance("2026-03", null)).isInstanceOf(DuplicateKeyException.class);
        runningOnOtherInstance("2026-02", null); // another period may run meanwhile
    }

    @Test
    void shouldAnswerConflictNamingTheRunOfAnotherInstanceStillRunning() {
        long running = runningOnOtherInstance("2026-03", null);
        long runs = jdbc.sql("SELECT COUNT(*) FROM evaluation_runs").query(Long.class).single();

        RunHttp.Reply reply = http.post("/api/periods/2026-03/runs");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().at("/detail").asString()).isEqualTo("Kỳ «2026-03» đang được đánh giá: lượt " + running
                + " do hr.other bắt đầu lúc 08:00:00 01/01/2026 trên máy «may-b.sokhcn.local» (tiến trình 4242) chưa xong."
                + " Chờ lượt đó xong rồi chạy lại.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation_runs").query(Long.class).single()).isEqualTo(runs);
        assertThat(state(running)).isEqualTo("RUNNING");
    }

    @Test
    void shouldLeaveARunOfAnotherInstanceThatStillBeatsAlone() {
        long running = runningOnOtherInstance("2026-03", null);

        assertThat(interrupted.markFailed()).isZero();

        assertThat(state(running)).isEqualTo("RUNNING");
    }

    @Test
    void shouldFailARunWhoseInstanceStoppedBeatingAndThenRunThePeriodAgain() {
        long stale = runningOnOtherInstance("2026-03", EIGHT_AM_NEW_YEAR);

        assertThat(interrupted.markFailed()).isEqualTo(1);

        JsonNode run = http.get("/api/runs/" + stale).json();
        String failure = "Lượt đánh giá bị gián đoạn: phiên bản dịch vụ chạy trên máy «may-b.sokhcn.local» (tiến trình 4242)"
                + " ngừng báo hiệu từ 08:00:00 01/01/2026; không có kết quả nào được lưu. Hãy chạy lại.";
        assertThat(run.at("/state").asString()).isEqualTo("FAILED");
        assertThat(run.at("/failure").asString()).isEqualTo(failure);
        assertThat(run.at("/progress").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT action || ' ' || actor || ': ' || detail FROM audit_events WHERE object_type = 'EvaluationRun' "
                + "AND object_id = ?").param(String.valueOf(stale)).query(String.class).list()).containsExactly(
                "RUN_FAILED hệ thống: Lượt đánh giá " + stale + " của kỳ «2026-03» thất bại: " + failure);
        long again = run("2026-03");
        assertThat(state(again)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldFailAnExpiredRunBeforeRefusingANewRunOfItsPeriod() {
        long stale = runningOnOtherInstance("2026-03", EIGHT_AM_NEW_YEAR);

        long again = run("2026-03");

        assertThat(state(stale)).isEqualTo("FAILED");
        assertThat(state(again)).isEqualTo("COMPLETED");
    }

    @Test
    void shouldRecordTheInstanceAndTheRuleSetOfARun() {
        long id = run("2026-03");

        JsonNode run = http.get("/api/runs/" + id).json();
        assertThat(run.at("/instance").asString()).isEqualTo(instance.id());
        assertThat(run.at("/heartbeatAt").isNull()).isFalse();
        assertThat(run.at("/ruleSet/version").asInt()).isEqualTo(ruleSet.get().version());
        assertThat(run.at("/progress").isNull()).isTrue();
    }

    @Test
    void shouldShowTheProgressOfARunningRunAsOfItsLastBeat() {
        long running = runningOnOtherInstance("2026-03", null);
        RunProgress progress = new RunProgress();
        assertThat(http.get("/api/runs/" + running).json().at("/progress").toString())
                .isEqualTo("{\"percent\":0,\"peopleDone\":0,\"peopleTotal\":0}");

        progress.inputsRead(4);
        progress.written(2);
        heartbeats.beat(running, progress);

        JsonNode run = http.get("/api/runs/" + running).json();
        assertThat(run.at("/state").asString()).isEqualTo("RUNNING");
        assertThat(run.at("/progress").toString()).isEqualTo("{\"percent\":54,\"peopleDone\":2,\"peopleTotal\":4}");
        assertThat(run.at("/instance").asString()).isEqualTo(OTHER);
        assertThat(run.at("/heartbeatAt").asString()).isNotEmpty();
    }

    @Test
    void shouldBeatOnItsOwnWhileTheRunGoesOnAndStopWhenClosed() throws InterruptedException {
        long running = runningOnOtherInstance("2026-03", EIGHT_AM_NEW_YEAR);
        RunHeartbeats fast = new RunHeartbeats(jdbc, new RunProperties(Duration.ofSeconds(60), Duration.ofMillis(20),
                Duration.ZERO, 500, 2));
        RunProgress progress = new RunProgress();
        try (RunHeartbeats.Beating beating = fast.start(running, progress)) {
            progress.inputsRead(4);
            awaitProgress(running, "{\"percent\":10,\"peopleDone\":0,\"peopleTotal\":4}");
            assertThat(interrupted.markFailed()).isZero(); // its beats renewed the lease
        } finally {
            fast.stop();
        }
        progress.written(2);
        Thread.sleep(100);
        assertThat(http.get("/api/runs/" + running).json().at("/progress/percent").asInt()).isEqualTo(10);
    }

    private void awaitProgress(long runId, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String progress = http.get("/api/runs/" + runId).json().at("/progress").toString();
        while (!progress.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            progress = http.get("/api/runs/" + runId).json().at("/progress").toString();
        }
        assertThat(progress).isEqualTo(expected);
    }

    /** A RUNNING run of the other instance started at 08:00 on 1 January, last beating then (or now, when null). */
    private long runningOnOtherInstance(String period, OffsetDateTime lastBeat) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO evaluation_runs (period_id, state, started_by, started_at, instance_id, heartbeat_at)
                VALUES ((SELECT id FROM periods WHERE code = :period), 'RUNNING', 'hr.other', :startedAt, :instance, :lastBeat)
                """).param("period", period).param("startedAt", EIGHT_AM_NEW_YEAR).param("instance", OTHER)
                .param("lastBeat", lastBeat == null ? now() : lastBeat).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private OffsetDateTime now() {
        return jdbc.sql("SELECT CURRENT_TIMESTAMP").query(OffsetDateTime.class).single();
    }

    private String state(long runId) {
        return jdbc.sql("SELECT state FROM evaluation_runs WHERE id = ?").param(runId).query(String.class).single();
    }
}
