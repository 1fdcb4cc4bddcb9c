package vn.gov.sokhcn.kpi.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.sokhcn.kpi.LatestRunData;

/**
 * A quarter's inputs (official roll-ups and trials alike) come from each month's latest completed
 * run, the run that finished last, not the one with the highest id ({@link LatestRunData}).
 */
@SpringBootTest(properties = "kpi.demo-data.enabled=true")
@AutoConfigureMockMvc
class MonthRunsTest {
    @Autowired
    MonthRuns monthRuns;
    @Autowired
    StoredPeriodFacts periods;
    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldRollUpEachMonthsRunThatFinishedLast() {
        LatestRunData data = new LatestRunData(jdbc);
        data.ensure();

        assertThat(monthRuns.of(periods.period("2061-Q1"))).containsExactly(
                new MonthRuns.MonthRun("2061-01", data.late("2061-01")),
                new MonthRuns.MonthRun("2061-02", data.late("2061-02")),
                new MonthRuns.MonthRun("2061-03", data.late("2061-03")));
    }
}
