package vn.gov.sokhcn.kpi.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo Department ({@code classpath:demo/}) into an empty database, in one transaction:
 * everything or nothing. A database that already has a unit is left as it is.
 */
@Component
public class DemoDataLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** What the log reports, table by table, with its Vietnamese name. */
    private static final Map<String, String> COUNTED = new LinkedHashMap<>();

    static {
        COUNTED.put("units", "đơn vị");
        COUNTED.put("employees", "cán bộ");
        COUNTED.put("positions", "vị trí việc làm");
        COUNTED.put("competencies", "năng lực");
        COUNTED.put("competency_assessments", "kết quả đánh giá năng lực");
        COUNTED.put("perspectives", "phương diện");
        COUNTED.put("objectives", "mục tiêu chiến lược");
        COUNTED.put("csfs", "yếu tố thành công then chốt");
        COUNTED.put("indicators", "chỉ số");
        COUNTED.put("periods", "kỳ đánh giá");
        COUNTED.put("assignments", "chỉ tiêu được giao");
        COUNTED.put("measurements", "số liệu thực hiện");
        COUNTED.put("general_criteria", "điểm tiêu chí chung");
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final OrganisationDemo organisation;
    private final StrategyDemo strategy;
    private final CalendarDemo calendar;
    private final WorkDemo work;

    DemoDataLoader(JdbcTemplate jdbc, PlatformTransactionManager transactions, OrganisationDemo organisation,
                   StrategyDemo strategy, CalendarDemo calendar, WorkDemo work) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.organisation = organisation;
        this.strategy = strategy;
        this.calendar = calendar;
        this.work = work;
    }

    /** Loads the demo data when there is no unit yet; returns whether it did. */
    public boolean loadIfEmpty() {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            long units = count("units");
            if (units > 0) {
                log.info("Cơ sở dữ liệu đã có {} đơn vị nên không nạp dữ liệu mẫu.", units);
                return false;
            }
            long started = System.nanoTime();
            organisation.write();
            strategy.write();
            calendar.write();
            work.write();
            StringBuilder loaded = new StringBuilder();
            COUNTED.forEach((table, name) -> loaded.append(loaded.isEmpty() ? "" : ", ").append(count(table)).append(' ').append(name));
            log.info("Đã nạp dữ liệu mẫu của Sở Khoa học và Công nghệ trong {} ms: {}.",
                    (System.nanoTime() - started) / 1_000_000, loaded);
            return true;
        }));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
