package vn.gov.sokhcn.kpi.kpi.period;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The months of the Department's pilot ({@code kpi.pilot.from}, {@code kpi.pilot.to}): a fact of the
 * plan, not a policy. A new period lying within them is a pilot period unless the request says otherwise;
 * the dashboard's trend shows these months. Bound once, by the application's properties scan.
 */
@ConfigurationProperties("kpi.pilot")
public record PilotMonths(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public boolean contain(LocalDate start, LocalDate end) {
        return from != null && to != null && !start.isBefore(from) && !end.isAfter(to);
    }
}
