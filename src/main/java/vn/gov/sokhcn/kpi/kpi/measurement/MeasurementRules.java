package vn.gov.sokhcn.kpi.kpi.measurement;

import java.math.BigDecimal;
import java.util.Objects;
import vn.gov.sokhcn.kpi.kpi.Problems;
import vn.gov.sokhcn.kpi.kpi.WholeCounts;
import vn.gov.sokhcn.kpi.kpi.indicator.Polarity;

/**
 * A measurement must fit its indicator's polarity: TASKS takes product counts and no actual, every
 * other polarity an actual and no counts; BINARY only 0 or 1. The counts must be consistent. Same
 * wording as the on-demand evaluation's checks, so stored data passes a run.
 */
final class MeasurementRules {
    private MeasurementRules() {
    }

    static void check(MeasurementRequest r, Polarity polarity, String indicator, String unitOfMeasure, Problems problems) {
        if (polarity == Polarity.TASKS) {
            if (r.actual() != null) {
                problems.add("$.actual", "Chỉ số «" + indicator + "» đếm sản phẩm (TASKS): không nhập giá trị thực hiện mà nhập số liệu sản phẩm (tasks)");
            }
            if (r.tasks() == null) {
                problems.add("$.tasks", "Chỉ số đếm sản phẩm (TASKS) cần số liệu sản phẩm");
            } else {
                counts(r.tasks(), problems);
            }
            return;
        }
        if (r.tasks() != null) {
            problems.add("$.tasks", "Chỉ số «" + indicator + "» không đếm sản phẩm (" + polarity + "): chỉ nhập giá trị thực hiện (actual)");
        }
        if (r.actual() == null) {
            problems.add("$.actual", "Thiếu giá trị thực hiện");
        } else if (polarity == Polarity.BINARY && r.actual().compareTo(BigDecimal.ZERO) != 0 && r.actual().compareTo(BigDecimal.ONE) != 0) {
            problems.add("$.actual", "Chỉ số có/không (BINARY) chỉ nhận 1 (hoàn thành) hoặc 0");
        } else if (WholeCounts.wholeUnit(unitOfMeasure) && WholeCounts.fraction(r.actual())) {
            problems.add("$.actual", WholeCounts.actualMessage(indicator, unitOfMeasure, r.actual()));
        }
    }

    private static void counts(MeasurementRequest.Tasks t, Problems problems) {
        java.util.Map<String, BigDecimal> all = new java.util.LinkedHashMap<>();
        all.put("assigned", t.assigned());
        all.put("done", t.done());
        all.put("atQuality", t.atQuality());
        all.put("onTime", t.onTime());
        all.put("late", t.late());
        all.put("failedMajorError", t.failedMajorError());
        all.forEach((field, value) -> {
            if (WholeCounts.fraction(value)) {
                problems.add("$.tasks." + field, WholeCounts.countMessage(value));
            }
        });
        BigDecimal late = Objects.requireNonNullElse(t.late(), BigDecimal.ZERO);
        BigDecimal failed = Objects.requireNonNullElse(t.failedMajorError(), BigDecimal.ZERO);
        if (t.done().compareTo(t.assigned()) > 0) {
            problems.add("$.tasks.done", "Số hoàn thành không được lớn hơn số được giao");
        }
        if (t.atQuality().compareTo(t.done()) > 0) {
            problems.add("$.tasks.atQuality", "Số đạt chất lượng không được lớn hơn số hoàn thành");
        }
        if (t.onTime().add(late).compareTo(t.done()) > 0) {
            problems.add("$.tasks.onTime", "Số đúng hạn cộng số chậm không được lớn hơn số hoàn thành");
        }
        if (failed.compareTo(t.atQuality()) > 0) {
            problems.add("$.tasks.failedMajorError", "Số bị trả lại do sai sót lớn không được lớn hơn số đạt chất lượng");
        }
    }
}
