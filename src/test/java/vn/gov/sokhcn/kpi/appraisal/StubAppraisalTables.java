package vn.gov.sokhcn.kpi.appraisal;

import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.rules.AppraisalTables;
import vn.gov.sokhcn.kpi.organisation.Leadership;

/**
 * Stands in for the rules helper's AppraisalTables (decision-tables/tham-quyen.drl.xlsx) until it is
 * merged, with the defaults of the domain: the head of the agency decides for everyone but themselves,
 * whom the superior agency decides; 90 days to complain, 30 to resolve. Remove when the real bean lands.
 */
@Component
public class StubAppraisalTables implements AppraisalTables {
    static final String SHEET = "decision-tables/tham-quyen.drl.xlsx!Thẩm quyền!";

    @Override
    public Authority competentFor(long runId, Leadership leadership, boolean headOfAgency) {
        return headOfAgency
                ? new Authority(Authority.Kind.SUPERIOR_AGENCY, "Cơ quan cấp trên", SHEET + "B12")
                : new Authority(Authority.Kind.HEAD_OF_AGENCY, "Người đứng đầu cơ quan", SHEET + "B11");
    }

    @Override
    public Deadlines deadlines(long runId) {
        return new Deadlines(90, 30, "decision-tables/tham-quyen.drl.xlsx!Khiếu nại!B11");
    }
}
