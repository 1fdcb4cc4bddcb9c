package vn.gov.sokhcn.kpi.trial;

import java.time.OffsetDateTime;
import java.util.List;

/** A trial in a list ({@code GET /api/trials}): {@code movedUp}/{@code movedDown} are counts of people moved. */
public record TrialSummary(long id, int candidate, int active, List<String> periods, String createdBy, OffsetDateTime createdAt,
                           int peopleCount, int movedUp, int movedDown) {
}
