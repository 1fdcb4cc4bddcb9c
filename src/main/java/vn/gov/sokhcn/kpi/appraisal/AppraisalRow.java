package vn.gov.sokhcn.kpi.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.gov.sokhcn.kpi.organisation.Leadership;

/** One appraisal as stored, with the person, their unit and the cycle it belongs to. */
public record AppraisalRow(long id, long cycleId, long employeeId, String employeeCode, String employeeName,
                           Leadership leadership, String taskGroup, long unitId, String unitCode, String unitName,
                           long runResultId, BigDecimal proposedScore, String proposedRating, AppraisalStep step,
                           String competentKind, Long competentEmployeeId, boolean tieAtQuotaCut, Cycle cycle) {

    /** The cycle as an appraisal needs it. */
    public record Cycle(long id, long periodId, String period, long agencyId, String agency, long runId, String state,
                        LocalDate selfAssessmentDue, LocalDate reviewDue, LocalDate decisionDue,
                        OffsetDateTime publishedAt) {
        public boolean published() {
            return "PUBLISHED".equals(state);
        }
    }
}
