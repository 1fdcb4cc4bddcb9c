package vn.gov.sokhcn.kpi.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.run.OfficialRuns;
import vn.gov.sokhcn.kpi.system.ConflictException;

/**
 * Official runs of the demo periods: every month first (in date order), then the quarters and
 * years whose months all have a run; a roll-up whose months are not all there (the year 2026 before
 * December) is left for later, with a line in the log.
 */
@Component
class DemoRuns {
    static final String STARTED_BY = "dữ liệu mẫu";
    private static final Logger log = LoggerFactory.getLogger(DemoRuns.class);

    private final JdbcClient jdbc;
    private final OfficialRuns runs;

    DemoRuns(JdbcClient jdbc, OfficialRuns runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    void runAll() {
        long started = System.nanoTime();
        int done = 0;
        for (String period : periods()) {
            try {
                runs.run(period, STARTED_BY);
                done++;
            } catch (ConflictException e) {
                log.info("Dữ liệu mẫu: chưa chạy kỳ {} — {}", period, e.getMessage());
            }
        }
        log.info("Dữ liệu mẫu: đã chạy đánh giá chính thức {} kỳ trong {} ms.", done, (System.nanoTime() - started) / 1_000_000);
    }

    private List<String> periods() {
        return jdbc.sql("""
                SELECT code FROM periods
                ORDER BY CASE kind WHEN 'MONTH' THEN 0 WHEN 'QUARTER' THEN 1 ELSE 2 END, start_date
                """).query(String.class).list();
    }
}
