package vn.gov.sokhcn.kpi.evaluation.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.PeriodKind;
import vn.gov.sokhcn.kpi.system.ConflictException;

/**
 * The months a quarter or year rolls up: for every calendar month of the period, the stored MONTH
 * period covering exactly that month and its latest completed run ({@code latest_completed_runs}). A quarter or year is rolled up
 * only when every one of its months has one; otherwise it is refused (409) naming each month
 * missing, before any run is recorded.
 */
@Component
class MonthRuns {
    private final JdbcClient jdbc;

    MonthRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record MonthRun(String period, long runId) {
    }

    List<MonthRun> of(StoredPeriod period) {
        if (period.kind() == PeriodKind.MONTH) {
            return List.of();
        }
        Map<YearMonth, String> stored = new HashMap<>();
        Map<String, Long> latestRun = new HashMap<>();
        jdbc.sql("""
                SELECT p.code, p.start_date,
                       l.run_id
                FROM periods p LEFT JOIN latest_completed_runs l ON l.period_id = p.id
                WHERE p.kind = 'MONTH' AND p.start_date >= :start AND p.end_date <= :end
                """)
                .param("start", period.start()).param("end", period.end())
                .query(rs -> {
                    String code = rs.getString("code");
                    stored.put(YearMonth.from(rs.getObject("start_date", java.time.LocalDate.class)), code);
                    Long run = rs.getObject("run_id", Long.class);
                    if (run != null) {
                        latestRun.put(code, run);
                    }
                });
        List<MonthRun> runs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.start()); !m.isAfter(YearMonth.from(period.end())); m = m.plusMonths(1)) {
            String code = stored.get(m);
            if (code == null) {
                missing.add("tháng " + m + " chưa có kỳ đánh giá");
            } else if (!latestRun.containsKey(code)) {
                missing.add("kỳ " + code + " chưa có lượt đánh giá hoàn thành");
            } else {
                runs.add(new MonthRun(code, latestRun.get(code)));
            }
        }
        if (!missing.isEmpty()) {
            throw new ConflictException("Chưa tổng hợp được kỳ " + period.code() + " từ các tháng: "
                    + String.join("; ", missing) + ". Hãy đánh giá đủ các tháng trước.");
        }
        return runs;
    }
}
