package vn.gov.sokhcn.kpi.appraisal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.appraisal.rules.AppraisalTables.Authority;
import vn.gov.sokhcn.kpi.appraisal.rules.AppraisalTables.Deadlines;
import vn.gov.sokhcn.kpi.evaluation.Evaluations;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.ruleset.BrokenWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.compile.RuleSetCompiler;
import vn.gov.sokhcn.kpi.system.ConflictException;

/** Who decides and the complaint deadlines, read from tham-quyen.drl.xlsx of the run's rule set, with the cell. */
class TableAppraisalTablesTest {
    private static final String AT = "decision-tables/tham-quyen.drl.xlsx!";
    private static final String SUPERIOR = "Cơ quan cấp trên (cán bộ tổ chức nhập theo quyết định bằng văn bản)";

    private final AppraisalTables tables = tablesOf(Evaluations.shippedRuleSet());

    @Test
    void shouldSendStaffAndLeadersBelowTheHeadToTheHeadOfTheAgency() {
        assertThat(tables.competentFor(7, Leadership.NONE, false)).isEqualTo(new Authority(Authority.Kind.HEAD_OF_AGENCY,
                "Thủ trưởng cơ quan", AT + "Thẩm quyền quyết định!E11"));
        assertThat(tables.competentFor(7, Leadership.DEPUTY_HEAD, false).source()).isEqualTo(AT + "Thẩm quyền quyết định!E12");
        assertThat(tables.competentFor(7, Leadership.HEAD, false).kind()).isEqualTo(Authority.Kind.HEAD_OF_AGENCY);
        assertThat(tables.competentFor(7, Leadership.DEPUTY_DIRECTOR, false).source()).isEqualTo(AT + "Thẩm quyền quyết định!E14");
    }

    @Test
    void shouldSendTheHeadOfTheAgencyToTheSuperiorAgencyWhateverTheirLeadership() {
        Authority expected = new Authority(Authority.Kind.SUPERIOR_AGENCY, SUPERIOR, AT + "Thẩm quyền quyết định!E16");
        assertThat(tables.competentFor(7, Leadership.DIRECTOR, true)).isEqualTo(expected);
        assertThat(tables.competentFor(7, Leadership.HEAD, true)).isEqualTo(expected); // the head of a centre
    }

    @Test
    void shouldReadTheComplaintDeadlinesOfTheLawOnComplaints() {
        assertThat(tables.deadlines(7)).isEqualTo(new Deadlines(90, 30, AT + "Thời hạn khiếu nại!B11"));
    }

    @Test
    void shouldSayPlainlyWhenTheRuleSetOfTheRunHasNoRowForSomeone() {
        CompiledRuleSet noHeadRow = new RuleSetCompiler().compile(1, BrokenWorkbooks.withCell("tham-quyen.drl.xlsx",
                "Thẩm quyền quyết định", "C16", "DIRECTOR"));

        assertThatThrownBy(() -> tablesOf(noHeadRow).competentFor(7, Leadership.HEAD, true)).isInstanceOf(ConflictException.class)
                .hasMessage("Bảng «Thẩm quyền quyết định» (decision-tables/tham-quyen.drl.xlsx) của bộ quy tắc phiên bản 1 có 0 "
                        + "dòng cho người đứng đầu cơ quan; cần đúng một dòng để biết ai có thẩm quyền quyết định.");
    }

    private static AppraisalTables tablesOf(CompiledRuleSet ruleSet) {
        return new TableAppraisalTables(new RunRuleSet(null, null) {
            @Override
            CompiledRuleSet of(long runId) {
                return ruleSet;
            }
        });
    }
}
