package vn.gov.sokhcn.kpi.appraisal.cycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A cycle: where it rests (period, agency, run, rule set), its due dates and state, how many appraisals
 * stand at each step, in all and per unit, and the appraisals the reader may see.
 */
public record CycleView(long id, String period, String agency, String agencyName, long runId, Integer ruleSetVersion,
                 String ruleSetSha256, LocalDate selfAssessmentDue, LocalDate reviewDue, LocalDate decisionDue,
                 String state, String openedBy, OffsetDateTime openedAt, String publishedBy, OffsetDateTime publishedAt,
                 Map<String, Long> counts, List<UnitCounts> units, long lateSelfAssessments, long missingSelfAssessments,
                 long tiesPending, List<Item> appraisals) {

    public record UnitCounts(String unit, String name, Map<String, Long> counts) {
    }

    /** One appraisal in the cycle's list: proposed and decided side by side, whether (and when) the person self-assessed. */
    public record Item(long id, String employee, String name, String unit, String step, String stepLabel,
                String proposedRating, String decidedRating, boolean tieAtQuotaCut, boolean selfAssessed,
                boolean lateSelfAssessment) {
    }

    /** A row of {@code GET /api/appraisal-cycles}. */
    public record Summary(long id, String period, String agency, long runId, String state, LocalDate selfAssessmentDue,
                   LocalDate reviewDue, LocalDate decisionDue, OffsetDateTime publishedAt) {
    }
}
