package vn.gov.sokhcn.kpi.evaluation.run;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kpi.runs.*}: a RUNNING run beats every {@code heartbeat}; one whose beat is older than {@code lease}
 * is failed by any live instance, which looks every {@code sweepEvery} (zero: only at start and before a
 * refused run); results are inserted {@code batchSize} rows per JDBC batch; up to {@code groupsAtOnce} groups of
 * agencies are evaluated at the same time, each holding its rule session in the heap ({@link GroupedRun}).
 */
@Validated
@ConfigurationProperties("kpi.runs")
record RunProperties(@NotNull Duration lease, @NotNull Duration heartbeat, @NotNull Duration sweepEvery,
                     @Positive int batchSize, @Positive int groupsAtOnce) {

    RunProperties {
        if (lease != null && heartbeat != null && heartbeat.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("kpi.runs.heartbeat (" + heartbeat + ") must be shorter than kpi.runs.lease (" + lease + ")");
        }
    }
}
