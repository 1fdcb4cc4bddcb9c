package vn.gov.sokhcn.kpi.appraisal.rules;

import vn.gov.sokhcn.kpi.organisation.Leadership;

/**
 * What the procedure reads from decision-tables/tham-quyen.drl.xlsx under the rule set of the run a
 * cycle rests on: who is competent to decide a person's rating, and the complaint deadlines.
 */
public interface AppraisalTables {

    /** Who decides for a person with {@code leadership}; {@code headOfAgency} when they lead the agency itself. */
    Authority competentFor(long runId, Leadership leadership, boolean headOfAgency);

    /** The complaint deadlines, in days. */
    Deadlines deadlines(long runId);

    /** {@code source}: the table cell that says so, as reasons name it. */
    record Authority(Kind kind, String label, String source) {
        public enum Kind { HEAD_OF_AGENCY, SUPERIOR_AGENCY }
    }

    /** Days to file a complaint after publication, and days the competent person has to resolve it. */
    record Deadlines(int filingDays, int resolutionDays, String source) {
    }
}
