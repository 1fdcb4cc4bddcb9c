package vn.gov.sokhcn.kpi.kpi.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.gov.sokhcn.kpi.kpi.WholeCounts;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Holder;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Indicator;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Slot;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Terms;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Values;

/**
 * Checks every row of a file against the period's data and turns the good ones into lines; every
 * problem of every row is collected, none stops the check. Rows that carry nothing (a holder the
 * template listed without an indicator) are skipped.
 */
final class LineChecker {
    static final int SOURCE_LENGTH = 200;

    private final PeriodData data;
    private final ParsedSheet sheet;

    LineChecker(PeriodData data, ParsedSheet sheet) {
        this.data = data;
        this.sheet = sheet;
    }

    List<ImportLine> check(List<ImportProblem> problems) {
        List<ImportLine> lines = new ArrayList<>();
        Map<Slot, Integer> seen = new HashMap<>();
        for (RawRow row : sheet.rows()) {
            if (row.carriesNothing()) {
                continue;
            }
            int before = problems.size();
            CellValues cells = new CellValues(row, sheet, problems);
            ImportLine line = line(cells);
            if (line != null && seen.containsKey(line.slot())) {
                cells.problem(ImportColumn.INDICATOR_CODE, "Trùng với dòng " + seen.get(line.slot())
                        + ": cùng " + (line.slot().holder().employeeId() != null ? "cán bộ" : "đơn vị") + " và chỉ số");
            } else if (line != null) {
                seen.put(line.slot(), row.number());
            }
            if (line != null && problems.size() == before) {
                lines.add(line);
            }
        }
        return lines;
    }

    private ImportLine line(CellValues cells) {
        String period = cells.text(ImportColumn.PERIOD_CODE);
        if (period != null && !period.equals(data.period().code())) {
            cells.problem(ImportColumn.PERIOD_CODE, "Dòng thuộc kỳ «" + period + "», không phải kỳ «"
                    + data.period().code() + "» đang nhập");
        }
        Holder holder = holder(cells);
        Indicator indicator = indicator(cells);
        Terms terms = new Terms(cells.number(ImportColumn.TARGET), cells.number(ImportColumn.WEIGHT),
                cells.number(ImportColumn.THRESHOLD), cells.number(ImportColumn.STRETCH));
        if (terms.weight() != null && terms.weight().signum() == 0) {
            cells.problem(ImportColumn.WEIGHT, "Trọng số phải lớn hơn 0");
        } else if (terms.weight() == null && cells.text(ImportColumn.WEIGHT) == null) {
            cells.problem(ImportColumn.WEIGHT, "Thiếu trọng số");
        }
        Values values = values(cells);
        if (indicator != null) {
            new PolarityCheck(cells, indicator).check(terms, values);
            if (WholeCounts.wholeUnit(indicator.unitOfMeasure()) && WholeCounts.fraction(values.actualValue())) {
                cells.problem(ImportColumn.ACTUAL_VALUE,
                        WholeCounts.actualMessage(indicator.code(), indicator.unitOfMeasure(), values.actualValue()));
            }
        }
        if (holder == null || indicator == null) {
            return null;
        }
        boolean figures = values.actualValue() != null || Stream.of(values.tasksAssigned(), values.tasksDone(),
                values.tasksAtQuality(), values.tasksOnTime(), values.tasksLate(), values.tasksFailedMajorError())
                .anyMatch(v -> v != null);
        if (!figures && (values.source() != null || values.evidenceNote() != null || values.objectiveCause())) {
            cells.problem(ImportColumn.ACTUAL_VALUE, "Có nguồn, ghi chú minh chứng hoặc nguyên nhân khách quan "
                    + "nhưng chưa có số liệu thực hiện");
        }
        return new ImportLine(cells.rowNumber(), new Slot(holder, indicator.id()), terms, figures ? values : null);
    }

    private Holder holder(CellValues cells) {
        String employee = cells.text(ImportColumn.EMPLOYEE_CODE);
        String unit = cells.text(ImportColumn.UNIT_CODE);
        if (employee == null && unit == null) {
            cells.problem(ImportColumn.EMPLOYEE_CODE, "Thiếu đối tượng được giao: điền «Mã cán bộ» hoặc «Mã đơn vị»");
            return null;
        }
        if (employee != null && unit != null) {
            cells.problem(ImportColumn.UNIT_CODE, "Chỉ điền một trong hai cột «Mã cán bộ» và «Mã đơn vị»");
            return null;
        }
        if (employee != null) {
            PeriodData.Employee e = data.employees().get(employee);
            if (e == null) {
                cells.problem(ImportColumn.EMPLOYEE_CODE, "Không có cán bộ mã «" + employee + "»");
                return null;
            }
            if (!e.active()) {
                cells.problem(ImportColumn.EMPLOYEE_CODE, "Cán bộ «" + employee + "» không công tác trong kỳ «"
                        + data.period().code() + "»");
                return null;
            }
            return new Holder(e.id(), null);
        }
        PeriodData.Unit u = data.units().get(unit);
        if (u == null) {
            cells.problem(ImportColumn.UNIT_CODE, "Không có đơn vị mã «" + unit + "»");
            return null;
        }
        return new Holder(null, u.id());
    }

    private Indicator indicator(CellValues cells) {
        String code = cells.text(ImportColumn.INDICATOR_CODE);
        if (code == null) {
            cells.problem(ImportColumn.INDICATOR_CODE, "Thiếu mã chỉ số");
            return null;
        }
        Indicator indicator = data.indicators().get(code);
        if (indicator == null) {
            cells.problem(ImportColumn.INDICATOR_CODE, "Không có chỉ số mã «" + code + "»");
        }
        return indicator;
    }

    private static Values values(CellValues cells) {
        BigDecimal actual = cells.number(ImportColumn.ACTUAL_VALUE);
        return new Values(actual, cells.number(ImportColumn.TASKS_ASSIGNED), cells.number(ImportColumn.TASKS_DONE),
                cells.number(ImportColumn.TASKS_AT_QUALITY), cells.number(ImportColumn.TASKS_ON_TIME),
                cells.number(ImportColumn.TASKS_LATE), cells.number(ImportColumn.TASKS_FAILED_MAJOR_ERROR),
                cells.yesNo(ImportColumn.OBJECTIVE_CAUSE), cells.text(ImportColumn.SOURCE, SOURCE_LENGTH),
                cells.text(ImportColumn.EVIDENCE_NOTE));
    }
}
