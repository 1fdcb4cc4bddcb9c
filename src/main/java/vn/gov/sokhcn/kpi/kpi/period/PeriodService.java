package vn.gov.sokhcn.kpi.kpi.period;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.kpi.Listing;
import vn.gov.sokhcn.kpi.kpi.Problems;
import vn.gov.sokhcn.kpi.kpi.Ref;
import vn.gov.sokhcn.kpi.kpi.Usage;
import vn.gov.sokhcn.kpi.kpi.Where;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

@Service
class PeriodService {
    private final PeriodRepository periods;
    private final PilotMonths pilot;
    private final JdbcClient jdbc;

    PeriodService(PeriodRepository periods, PilotMonths pilot, JdbcClient jdbc) {
        this.periods = periods;
        this.pilot = pilot;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    PageResponse<PeriodView> list(PeriodKind kind, Integer year, Paging paging) {
        Where where = new Where().and("kind = :kind", "kind", kind == null ? null : kind.name())
                .and("start_date >= :from AND start_date <= :to", "from", year == null ? null : java.time.LocalDate.of(year, 1, 1));
        if (year != null) {
            where.params().put("to", java.time.LocalDate.of(year, 12, 31));
        }
        return Listing.page(jdbc, "id, code, kind, start_date, end_date, pilot", "FROM periods", where,
                "start_date, end_date DESC, code", paging, (rs, n) -> new PeriodView(rs.getLong("id"), rs.getString("code"),
                        PeriodKind.valueOf(rs.getString("kind")), rs.getObject("start_date", java.time.LocalDate.class),
                        rs.getObject("end_date", java.time.LocalDate.class), rs.getBoolean("pilot")));
    }

    @Transactional(readOnly = true)
    PeriodView get(String code) {
        return PeriodView.of(find(code));
    }

    @Transactional
    PeriodView create(PeriodRequest request) {
        PeriodCode code = agreeing(request);
        if (periods.findByCode(code.code()).isPresent()) {
            throw new ConflictException("Đã có kỳ đánh giá «" + code.code() + "»");
        }
        boolean isPilot = request.pilot() != null ? request.pilot() : pilot.contain(code.start(), code.end());
        return PeriodView.of(periods.save(new Period(null, code.code(), code.kind(), code.start(), code.end(), isPilot)));
    }

    /** Only the pilot flag changes: the code fixes the kind and the dates. */
    @Transactional
    PeriodView update(String code, PeriodRequest request) {
        Period current = find(code);
        if (!current.code().equals(request.code())) {
            throw Problems.of("$.code", "Không đổi được mã kỳ «" + code + "»; hãy tạo kỳ mới");
        }
        PeriodCode parsed = agreeing(request);
        boolean isPilot = request.pilot() != null ? request.pilot() : pilot.contain(parsed.start(), parsed.end());
        return PeriodView.of(periods.save(new Period(current.id(), current.code(), current.kind(), current.startDate(),
                current.endDate(), isPilot)));
    }

    @Transactional
    void delete(String code) {
        Period period = find(code);
        Map<String, Long> id = Map.of("id", period.id());
        Usage.of(jdbc, Ref.PERIOD, code)
                .count("giao chỉ tiêu", "SELECT COUNT(*) FROM assignments WHERE period_id = :id", id)
                .count("lượt đánh giá chính thức", "SELECT COUNT(*) FROM evaluation_runs WHERE period_id = :id", id)
                .count("bản điểm tiêu chí chung", "SELECT COUNT(*) FROM general_criteria WHERE period_id = :id", id)
                .count("ngoại lệ hạn mức", "SELECT COUNT(*) FROM quota_exemptions WHERE period_id = :id", id)
                .refuseIfUsed();
        periods.delete(period);
    }

    private Period find(String code) {
        return periods.findByCode(code).orElseThrow(() -> new NotFoundException(Ref.PERIOD.noun(), code));
    }

    private static PeriodCode agreeing(PeriodRequest request) {
        PeriodCode code = PeriodCode.parse(request.code()).orElseThrow(() -> Problems.of("$.code", PeriodCode.SHAPE));
        Problems problems = new Problems();
        String subject = "Kỳ «" + code.code() + "»";
        if (request.kind() != null && request.kind() != code.kind()) {
            problems.add("$.kind", subject + " là kỳ " + code.kind() + ", không phải " + request.kind());
        }
        if (request.start() != null && !request.start().equals(code.start())) {
            problems.add("$.start", subject + " bắt đầu ngày " + code.start() + ", không phải " + request.start());
        }
        if (request.end() != null && !request.end().equals(code.end())) {
            problems.add("$.end", subject + " kết thúc ngày " + code.end() + ", không phải " + request.end());
        }
        problems.throwIfAny();
        return code;
    }
}
