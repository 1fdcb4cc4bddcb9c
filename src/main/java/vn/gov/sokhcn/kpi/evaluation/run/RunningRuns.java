package vn.gov.sokhcn.kpi.evaluation.run;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.InstanceIdentity;

/** The run of a period that is RUNNING, for the 409 that refuses a second one (on any instance). */
@Component
class RunningRuns {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

    private final JdbcClient jdbc;

    RunningRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ConflictException conflict(StoredPeriod period) {
        return jdbc.sql("""
                SELECT id, started_by, started_at, instance_id FROM evaluation_runs WHERE period_id = :period AND state = 'RUNNING'
                """).param("period", period.id())
                .query((rs, n) -> new ConflictException(message(period.code(), rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4))))
                .optional()
                // it finished between the refused insert and this read
                .orElseGet(() -> new ConflictException("Kỳ «" + period.code()
                        + "» vừa có một lượt đánh giá khác chạy xong cùng lúc; hãy chạy lại."));
    }

    static String message(String period, long runId, String startedBy, OffsetDateTime startedAt, String instance) {
        return "Kỳ «" + period + "» đang được đánh giá: lượt " + runId + " do " + startedBy + " bắt đầu lúc "
                + at(startedAt)
                + (instance == null ? "" : " trên " + InstanceIdentity.describe(instance))
                + " chưa xong. Chờ lượt đó xong rồi chạy lại.";
    }

    /** A moment as people of the Department read it: Vietnam's time, {@code HH:mm:ss dd/MM/yyyy}. */
    static String at(OffsetDateTime moment) {
        return WHEN.format(moment.atZoneSameInstant(VIETNAM));
    }
}
