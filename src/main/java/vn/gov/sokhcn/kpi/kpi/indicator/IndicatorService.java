package vn.gov.sokhcn.kpi.kpi.indicator;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.kpi.Codes;
import vn.gov.sokhcn.kpi.kpi.Problems;
import vn.gov.sokhcn.kpi.kpi.Ref;
import vn.gov.sokhcn.kpi.kpi.Usage;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

@Service
class IndicatorService {
    private final IndicatorRepository indicators;
    private final IndicatorQuery query;
    private final Codes codes;
    private final JdbcClient jdbc;

    IndicatorService(IndicatorRepository indicators, IndicatorQuery query, Codes codes, JdbcClient jdbc) {
        this.indicators = indicators;
        this.query = query;
        this.codes = codes;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    IndicatorView get(String code) {
        return query.byCode(code).orElseThrow(() -> new NotFoundException(Ref.INDICATOR.noun(), code));
    }

    @Transactional
    IndicatorView create(IndicatorRequest request) {
        Indicator saved = indicators.save(valid(request, null));
        return get(saved.code());
    }

    @Transactional
    IndicatorView update(String code, IndicatorRequest request) {
        Indicator saved = indicators.save(valid(request, find(code).id()));
        return get(saved.code());
    }

    @Transactional
    void delete(String code) {
        Indicator indicator = find(code);
        Usage.of(jdbc, Ref.INDICATOR, code)
                .count("giao chỉ tiêu", "SELECT COUNT(*) FROM assignments WHERE indicator_id = :id", Map.of("id", indicator.id()))
                .refuseIfUsed();
        indicators.delete(indicator);
    }

    private Indicator find(String code) {
        return indicators.findByCode(code).orElseThrow(() -> new NotFoundException(Ref.INDICATOR.noun(), code));
    }

    private Indicator valid(IndicatorRequest r, Long self) {
        indicators.findByCode(r.code()).filter(i -> !i.id().equals(self)).ifPresent(i -> {
            throw new ConflictException("Đã có chỉ số mã «" + r.code() + "»");
        });
        Problems problems = new Problems();
        Long objectiveId = codes.resolve(Ref.OBJECTIVE, r.objective(), "$.objective", problems);
        Long csfId = codes.resolve(Ref.CSF, r.csf(), "$.csf", problems);
        if (objectiveId != null && csfId != null) {
            Long csfObjective = jdbc.sql("SELECT objective_id FROM csfs WHERE id = :id").param("id", csfId).query(Long.class).single();
            if (!csfObjective.equals(objectiveId)) {
                problems.add("$.csf", "Yếu tố «" + r.csf() + "» thuộc mục tiêu «" + codes.code(Ref.OBJECTIVE, csfObjective)
                        + "», không thuộc mục tiêu «" + r.objective() + "»");
            }
        }
        problems.throwIfAny();
        return new Indicator(self, r.code(), r.name(), r.kind(), r.polarity(), blankToNull(r.unitOfMeasure()), r.frequency(),
                blankToNull(r.dataSource()), r.ownerLevel(), objectiveId, csfId, r.description());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
