package vn.gov.sokhcn.kpi.evaluation.run;

import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;

/**
 * A run still RUNNING when the service starts was interrupted (the service stopped while it ran):
 * its results were never committed, so it is marked FAILED with that reason. One instance of the
 * service owns the database; several instances sharing one would need a lease instead.
 */
@Component
class InterruptedRuns {
    static final String FAILURE = "Lượt đánh giá bị gián đoạn vì dịch vụ dừng khi đang chạy; không có kết quả nào được lưu. Hãy chạy lại.";
    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

    static final String ACTOR = "hệ thống";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    InterruptedRuns(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    int markFailed() {
        var interrupted = jdbc.sql("""
                SELECT r.id, p.code FROM evaluation_runs r JOIN periods p ON p.id = r.period_id WHERE r.state = 'RUNNING'
                """).query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).list();
        int marked = jdbc.sql("""
                UPDATE evaluation_runs SET state = 'FAILED', finished_at = :now, failure = :failure WHERE state = 'RUNNING'
                """)
                .param("now", OffsetDateTime.now()).param("failure", FAILURE).update();
        interrupted.forEach(run -> audit.recordAs(ACTOR, AuditAction.RUN_FAILED, "EvaluationRun", run.getKey(), null,
                java.util.Map.of("period", run.getValue(), "run", run.getKey(), "failure", FAILURE),
                "Lượt đánh giá " + run.getKey() + " của kỳ «" + run.getValue() + "» bị gián đoạn, ghi là thất bại khi khởi động"));
        if (marked > 0) {
            log.warn("Đã đánh dấu {} lượt đánh giá bị gián đoạn là thất bại", marked);
        }
        return marked;
    }
}
