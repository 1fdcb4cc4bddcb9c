package vn.gov.sokhcn.kpi.evaluation.run;

import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A run still RUNNING when the service starts was interrupted (the service stopped while it ran):
 * its results were never committed, so it is marked FAILED with that reason. One instance of the
 * service owns the database; several instances sharing one would need a lease instead.
 */
@Component
class InterruptedRuns {
    static final String FAILURE = "Lượt đánh giá bị gián đoạn vì dịch vụ dừng khi đang chạy; không có kết quả nào được lưu. Hãy chạy lại.";
    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

    private final JdbcClient jdbc;

    InterruptedRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    int markFailed() {
        int marked = jdbc.sql("""
                UPDATE evaluation_runs SET state = 'FAILED', finished_at = :now, failure = :failure WHERE state = 'RUNNING'
                """)
                .param("now", OffsetDateTime.now()).param("failure", FAILURE).update();
        if (marked > 0) {
            log.warn("Đã đánh dấu {} lượt đánh giá bị gián đoạn là thất bại", marked);
        }
        return marked;
    }
}
