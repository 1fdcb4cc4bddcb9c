package vn.gov.sokhcn.kpi.kpi.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Holder;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Indicator;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Slot;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Stored;

/**
 * The prefilled rows of a period's template: every unit, then every person working in the period,
 * each with the assignments they hold (indicator order), or one row with only the holder when they
 * hold none yet. Cells are Strings, BigDecimals, or null for empty.
 */
final class TemplateRows {
    static final String YES = "Có";
    static final String NO = "Không";

    private TemplateRows() {
    }

    static List<Map<ImportColumn, Object>> of(PeriodData data) {
        Map<Long, Indicator> indicators = data.indicators().values().stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity()));
        Map<Holder, List<Map.Entry<Slot, Stored>>> byHolder = data.assignments().entrySet().stream()
                .collect(Collectors.groupingBy(e -> e.getKey().holder()));
        List<Map<ImportColumn, Object>> rows = new ArrayList<>();
        for (PeriodData.Unit u : data.units().values()) {
            Map<ImportColumn, Object> holder = new EnumMap<>(ImportColumn.class);
            holder.put(ImportColumn.UNIT_CODE, u.code());
            holder.put(ImportColumn.HOLDER_NAME, u.name());
            addRows(rows, byHolder, indicators, new Holder(null, u.id()), holder);
        }
        for (PeriodData.Employee e : data.activeEmployees()) {
            Map<ImportColumn, Object> holder = new EnumMap<>(ImportColumn.class);
            holder.put(ImportColumn.EMPLOYEE_CODE, e.code());
            holder.put(ImportColumn.HOLDER_NAME, e.fullName());
            holder.put(ImportColumn.HOLDER_UNIT, e.unitName());
            addRows(rows, byHolder, indicators, new Holder(e.id(), null), holder);
        }
        rows.forEach(r -> r.put(ImportColumn.PERIOD_CODE, data.period().code()));
        return rows;
    }

    private static void addRows(List<Map<ImportColumn, Object>> rows, Map<Holder, List<Map.Entry<Slot, Stored>>> byHolder,
                                Map<Long, Indicator> indicators, Holder holder, Map<ImportColumn, Object> holderCells) {
        List<Map.Entry<Slot, Stored>> held = byHolder.getOrDefault(holder, List.of()).stream()
                .sorted(Comparator.comparing(e -> indicators.get(e.getKey().indicatorId()).code()))
                .toList();
        if (held.isEmpty()) {
            rows.add(new EnumMap<>(holderCells));
        }
        for (Map.Entry<Slot, Stored> a : held) {
            Map<ImportColumn, Object> row = new EnumMap<>(holderCells);
            Indicator i = indicators.get(a.getKey().indicatorId());
            row.put(ImportColumn.INDICATOR_CODE, i.code());
            row.put(ImportColumn.INDICATOR_NAME, i.name());
            row.put(ImportColumn.POLARITY, Polarities.label(i.polarity()));
            row.put(ImportColumn.UNIT_OF_MEASURE, i.unitOfMeasure());
            Stored s = a.getValue();
            row.put(ImportColumn.TARGET, s.terms().target());
            row.put(ImportColumn.WEIGHT, s.terms().weight());
            row.put(ImportColumn.THRESHOLD, s.terms().threshold());
            row.put(ImportColumn.STRETCH, s.terms().stretch());
            if (s.values() != null) {
                putValues(row, s.values());
            }
            rows.add(row);
        }
    }

    private static void putValues(Map<ImportColumn, Object> row, PeriodData.Values v) {
        row.put(ImportColumn.ACTUAL_VALUE, v.actualValue());
        row.put(ImportColumn.TASKS_ASSIGNED, v.tasksAssigned());
        row.put(ImportColumn.TASKS_DONE, v.tasksDone());
        row.put(ImportColumn.TASKS_AT_QUALITY, v.tasksAtQuality());
        row.put(ImportColumn.TASKS_ON_TIME, v.tasksOnTime());
        row.put(ImportColumn.TASKS_LATE, v.tasksLate());
        row.put(ImportColumn.TASKS_FAILED_MAJOR_ERROR, v.tasksFailedMajorError());
        row.put(ImportColumn.OBJECTIVE_CAUSE, v.objectiveCause() ? YES : NO);
        row.put(ImportColumn.SOURCE, v.source());
        row.put(ImportColumn.EVIDENCE_NOTE, v.evidenceNote());
    }
}
