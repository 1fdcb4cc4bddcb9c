package vn.gov.sokhcn.kpi.kpi.imports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Indicator;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Terms;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Values;

/**
 * What a row must hold for its indicator's polarity: product counts (and no actual value) for a
 * task-counting indicator, an actual value (and no counts) for the others; the same constraints on
 * counts as the evaluation (done within assigned, at quality within done, …); 0 or 1 for a yes/no
 * indicator; a target where the scoring method divides by one.
 */
final class PolarityCheck {
    private final CellValues cells;
    private final Indicator indicator;

    PolarityCheck(CellValues cells, Indicator indicator) {
        this.cells = cells;
        this.indicator = indicator;
    }

    void check(Terms terms, Values values) {
        String stated = cells.text(ImportColumn.POLARITY);
        if (stated != null) {
            Optional<String> code = Polarities.parse(stated);
            if (code.isEmpty()) {
                cells.problem(ImportColumn.POLARITY, "Chiều đánh giá «" + stated + "» không có trong danh mục");
            } else if (!code.get().equals(indicator.polarity())) {
                cells.problem(ImportColumn.POLARITY, "Chỉ số «" + indicator.code() + "» có chiều đánh giá «"
                        + Polarities.label(indicator.polarity()) + "», không phải «" + stated + "»");
            }
        }
        Map<ImportColumn, BigDecimal> counts = counts(values);
        if (Polarities.TASKS.equals(indicator.polarity())) {
            if (values.actualValue() != null) {
                cells.problem(ImportColumn.ACTUAL_VALUE, "Chỉ số đếm sản phẩm: để trống «Thực hiện», điền các cột số sản phẩm");
            }
            if (counts.values().stream().anyMatch(v -> v != null)) {
                checkCounts(counts);
            }
            return;
        }
        counts.forEach((column, value) -> {
            if (value != null) {
                cells.problem(column, "Chỉ số «" + indicator.code() + "» không đếm sản phẩm: để trống cột này, điền «Thực hiện»");
            }
        });
        if (values.objectiveCause()) {
            cells.problem(ImportColumn.OBJECTIVE_CAUSE, "Nguyên nhân khách quan chỉ dùng cho chỉ số đếm sản phẩm");
        }
        if (Polarities.BINARY.equals(indicator.polarity())) {
            BigDecimal actual = values.actualValue();
            if (actual != null && actual.compareTo(BigDecimal.ZERO) != 0 && actual.compareTo(BigDecimal.ONE) != 0) {
                cells.problem(ImportColumn.ACTUAL_VALUE, "Chỉ số hoàn thành / không chỉ nhận 1 (hoàn thành) hoặc 0");
            }
        } else if (terms.target() == null && cells.text(ImportColumn.TARGET) == null) {
            cells.problem(ImportColumn.TARGET, "Thiếu chỉ tiêu");
        }
    }

    private void checkCounts(Map<ImportColumn, BigDecimal> counts) {
        for (ImportColumn needed : new ImportColumn[] {ImportColumn.TASKS_ASSIGNED, ImportColumn.TASKS_DONE,
                ImportColumn.TASKS_AT_QUALITY, ImportColumn.TASKS_ON_TIME}) {
            if (counts.get(needed) == null && cells.text(needed) == null) {
                cells.problem(needed, "Thiếu «" + needed.header() + "»");
            }
        }
        BigDecimal assigned = counts.get(ImportColumn.TASKS_ASSIGNED);
        BigDecimal done = counts.get(ImportColumn.TASKS_DONE);
        BigDecimal atQuality = counts.get(ImportColumn.TASKS_AT_QUALITY);
        BigDecimal onTime = counts.get(ImportColumn.TASKS_ON_TIME);
        BigDecimal late = counts.get(ImportColumn.TASKS_LATE);
        BigDecimal failed = counts.get(ImportColumn.TASKS_FAILED_MAJOR_ERROR);
        if (assigned != null && assigned.signum() == 0) {
            cells.problem(ImportColumn.TASKS_ASSIGNED, "Số sản phẩm được giao phải lớn hơn 0");
        }
        if (assigned != null && done != null && done.compareTo(assigned) > 0) {
            cells.problem(ImportColumn.TASKS_DONE, "Số hoàn thành (" + plain(done) + ") lớn hơn số được giao (" + plain(assigned) + ")");
        }
        if (done != null && atQuality != null && atQuality.compareTo(done) > 0) {
            cells.problem(ImportColumn.TASKS_AT_QUALITY, "Số đạt chất lượng (" + plain(atQuality) + ") lớn hơn số hoàn thành (" + plain(done) + ")");
        }
        if (done != null && onTime != null && onTime.add(late == null ? BigDecimal.ZERO : late).compareTo(done) > 0) {
            cells.problem(ImportColumn.TASKS_ON_TIME, "Số đúng hạn cộng số chậm hạn lớn hơn số hoàn thành (" + plain(done) + ")");
        }
        if (failed != null && atQuality != null && failed.compareTo(atQuality) > 0) {
            cells.problem(ImportColumn.TASKS_FAILED_MAJOR_ERROR, "Số bị trả lại do sai sót lớn (" + plain(failed)
                    + ") lớn hơn số đạt chất lượng (" + plain(atQuality) + ")");
        }
    }

    private static Map<ImportColumn, BigDecimal> counts(Values v) {
        Map<ImportColumn, BigDecimal> counts = new LinkedHashMap<>();
        counts.put(ImportColumn.TASKS_ASSIGNED, v.tasksAssigned());
        counts.put(ImportColumn.TASKS_DONE, v.tasksDone());
        counts.put(ImportColumn.TASKS_AT_QUALITY, v.tasksAtQuality());
        counts.put(ImportColumn.TASKS_ON_TIME, v.tasksOnTime());
        counts.put(ImportColumn.TASKS_LATE, v.tasksLate());
        counts.put(ImportColumn.TASKS_FAILED_MAJOR_ERROR, v.tasksFailedMajorError());
        return counts;
    }

    static String plain(BigDecimal value) {
        return CsvTemplateWriter.text(value).replace('.', ',');
    }
}
