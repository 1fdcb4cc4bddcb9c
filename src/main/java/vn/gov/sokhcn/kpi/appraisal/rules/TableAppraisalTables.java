package vn.gov.sokhcn.kpi.appraisal.rules;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.policy.CompetentRow;
import vn.gov.sokhcn.kpi.evaluation.policy.ComplaintDeadlineRow;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.system.ConflictException;

/**
 * {@link AppraisalTables} read from the rows of decision-tables/tham-quyen.drl.xlsx in the rule set of
 * the run. Validation (ruleset.validation.CompetentAuthority) keeps exactly one matching row in a
 * version that can be activated; a version from before the workbook existed has none, said plainly.
 */
@Component
class TableAppraisalTables implements AppraisalTables {
    static final String AUTHORITY_COLUMN = "Người có thẩm quyền";

    private final RunRuleSet ruleSets;

    TableAppraisalTables(RunRuleSet ruleSets) {
        this.ruleSets = ruleSets;
    }

    @Override
    public Authority competentFor(long runId, Leadership leadership, boolean headOfAgency) {
        CompiledRuleSet ruleSet = ruleSets.of(runId);
        List<CompetentRow> rows = ruleSet.rows().stream().filter(CompetentRow.class::isInstance).map(CompetentRow.class::cast)
                .filter(r -> r.covers(leadership.name(), headOfAgency)).toList();
        if (rows.size() != 1) {
            throw new ConflictException("Bảng «Thẩm quyền quyết định» (decision-tables/tham-quyen.drl.xlsx) của bộ quy tắc "
                    + "phiên bản " + ruleSet.version() + " có " + rows.size() + " dòng cho "
                    + (headOfAgency ? "người đứng đầu cơ quan" : "người có chức vụ «" + leadership.label() + "»")
                    + "; cần đúng một dòng để biết ai có thẩm quyền quyết định.");
        }
        CompetentRow row = rows.get(0);
        return new Authority(Authority.Kind.valueOf(row.getAuthority()), row.getAuthorityLabel(),
                ruleSet.cellOf(row, AUTHORITY_COLUMN));
    }

    @Override
    public Deadlines deadlines(long runId) {
        CompiledRuleSet ruleSet = ruleSets.of(runId);
        List<ComplaintDeadlineRow> rows = ruleSet.rows().stream().filter(ComplaintDeadlineRow.class::isInstance)
                .map(ComplaintDeadlineRow.class::cast).toList();
        if (rows.size() != 1) {
            throw new ConflictException("Bảng «Thời hạn khiếu nại» (decision-tables/tham-quyen.drl.xlsx) của bộ quy tắc "
                    + "phiên bản " + ruleSet.version() + " có " + rows.size() + " dòng; cần đúng một dòng.");
        }
        ComplaintDeadlineRow row = rows.get(0);
        return new Deadlines(row.getFilingDays().intValue(), row.getResolutionDays().intValue(), row.getSource());
    }
}
