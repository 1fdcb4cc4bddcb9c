package vn.gov.sokhcn.kpi.demo;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.sokhcn.kpi.evaluation.run.OfficialRuns;

/**
 * The close of the demo year: December 2026 and the fourth quarter ({@code demo/periods-year-end.csv}),
 * their work generated like every other month's, then December, the quarter and the year 2026 run
 * officially, so the year has a completed run for its appraisal cycle.
 */
@Component
class YearEndDemo {
    static final String PERIODS = "periods-year-end.csv";

    private final CalendarDemo calendar;
    private final WorkDemo work;
    private final OfficialRuns runs;
    private final TransactionTemplate transaction;

    YearEndDemo(CalendarDemo calendar, WorkDemo work, OfficialRuns runs, PlatformTransactionManager transactions) {
        this.calendar = calendar;
        this.work = work;
        this.runs = runs;
        this.transaction = new TransactionTemplate(transactions);
    }

    void close() {
        transaction.executeWithoutResult(status -> {
            calendar.writePeriods(PERIODS);
            work.write(new DemoWorkPlan(PERIODS));
        });
        DemoFiles.read(PERIODS).forEach(r -> runs.run(r.text("code"), DemoRuns.STARTED_BY));
        runs.run(AppraisalDemo.YEAR, DemoRuns.STARTED_BY);
    }
}
