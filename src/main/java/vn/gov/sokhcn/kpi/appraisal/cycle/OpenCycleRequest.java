package vn.gov.sokhcn.kpi.appraisal.cycle;

import java.time.LocalDate;

/** The body of {@code POST /api/appraisal-cycles}: period and agency by code, the three due dates. */
public record OpenCycleRequest(String period, String agency, LocalDate selfAssessmentDue, LocalDate reviewDue,
                        LocalDate decisionDue) {
}
