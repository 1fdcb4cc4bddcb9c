package vn.gov.sokhcn.kpi.kpi.exemption;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.kpi.Codes;
import vn.gov.sokhcn.kpi.kpi.Listing;
import vn.gov.sokhcn.kpi.kpi.Problems;
import vn.gov.sokhcn.kpi.kpi.Ref;
import vn.gov.sokhcn.kpi.kpi.Where;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

@Service
class QuotaExemptionService {
    private static final String SELECT = "x.id, p.code AS period, u.code AS agency, x.approved_by, x.note";
    private static final String FROM = """
            FROM quota_exemptions x JOIN periods p ON p.id = x.period_id JOIN units u ON u.id = x.unit_id""";

    private final QuotaExemptionRepository exemptions;
    private final Codes codes;
    private final JdbcClient jdbc;

    QuotaExemptionService(QuotaExemptionRepository exemptions, Codes codes, JdbcClient jdbc) {
        this.exemptions = exemptions;
        this.codes = codes;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    PageResponse<QuotaExemptionView> list(Long periodId, Long unitId, Paging paging) {
        Where where = new Where().and("x.period_id = :period", "period", periodId).and("x.unit_id = :unit", "unit", unitId);
        return Listing.page(jdbc, SELECT, FROM, where, "p.start_date, p.code, u.code", paging, (rs, n) -> new QuotaExemptionView(
                rs.getLong("id"), rs.getString("period"), rs.getString("agency"), rs.getString("approved_by"), rs.getString("note")));
    }

    @Transactional(readOnly = true)
    QuotaExemptionView get(long id) {
        return Listing.all(jdbc, SELECT, FROM, new Where().and("x.id = :id", "id", id), "x.id", (rs, n) -> new QuotaExemptionView(
                        rs.getLong("id"), rs.getString("period"), rs.getString("agency"), rs.getString("approved_by"),
                        rs.getString("note")))
                .stream().findFirst().orElseThrow(() -> notFound(id));
    }

    @Transactional
    QuotaExemptionView create(QuotaExemptionRequest request) {
        return get(exemptions.save(valid(request, null)).id());
    }

    @Transactional
    QuotaExemptionView update(long id, QuotaExemptionRequest request) {
        exemptions.findById(id).orElseThrow(() -> notFound(id));
        return get(exemptions.save(valid(request, id)).id());
    }

    @Transactional
    void delete(long id) {
        exemptions.delete(exemptions.findById(id).orElseThrow(() -> notFound(id)));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("ngoại lệ hạn mức", id);
    }

    private QuotaExemption valid(QuotaExemptionRequest r, Long self) {
        Problems problems = new Problems();
        Long periodId = codes.resolve(Ref.PERIOD, r.period(), "$.period", problems);
        Long unitId = codes.resolve(Ref.UNIT, r.agency(), "$.agency", problems);
        if (unitId != null && !isAgency(unitId)) {
            problems.add("$.agency", "Đơn vị «" + r.agency() + "» không phải là cơ quan nên không có hạn mức riêng để miễn");
        }
        problems.throwIfAny();
        Optional<QuotaExemption> same = exemptions.findByPeriodIdAndUnitId(periodId, unitId);
        if (same.isPresent() && !same.get().id().equals(self)) {
            throw new ConflictException("Đã có ngoại lệ hạn mức cho cơ quan «" + r.agency() + "» trong kỳ «" + r.period() + "»");
        }
        return new QuotaExemption(self, periodId, unitId, r.approvedBy().strip(), r.note());
    }

    /** An agency keeps a quota of its own: a unit marked as one, or the root (the Department). */
    private boolean isAgency(long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM units WHERE id = :id AND (agency = TRUE OR parent_id IS NULL)")
                .param("id", unitId).query(Long.class).single() > 0;
    }
}
