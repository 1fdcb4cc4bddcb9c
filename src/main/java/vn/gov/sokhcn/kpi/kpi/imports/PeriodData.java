package vn.gov.sokhcn.kpi.kpi.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What an import or a template of one period needs to know, read once. Codes are keys as stored. */
record PeriodData(Period period, Map<String, Employee> employees, Map<String, Unit> units,
                  Map<String, Indicator> indicators, Map<Slot, Stored> assignments) {

    record Period(long id, String code, LocalDate startDate, LocalDate endDate) {
    }

    /** {@code active}: works at some time in the period (started by its end, not left before its start). */
    record Employee(long id, String code, String fullName, String unitName, boolean active) {
    }

    record Unit(long id, String code, String name) {
    }

    record Indicator(long id, String code, String name, String polarity, String unitOfMeasure) {
    }

    /** Who holds an indicator: exactly one of a person and a unit. */
    record Holder(Long employeeId, Long unitId) {
    }

    /** The place of one assignment: holder and indicator are unique within a period. */
    record Slot(Holder holder, long indicatorId) {
    }

    record Terms(BigDecimal target, BigDecimal weight, BigDecimal threshold, BigDecimal stretch) {
    }

    record Values(BigDecimal actualValue, BigDecimal tasksAssigned, BigDecimal tasksDone, BigDecimal tasksAtQuality,
                  BigDecimal tasksOnTime, BigDecimal tasksLate, BigDecimal tasksFailedMajorError, boolean objectiveCause,
                  String source, String evidenceNote) {
    }

    /** A stored assignment and its measurement, if any ({@code measurementId} null when none). */
    record Stored(long id, Terms terms, Long measurementId, Values values) {
    }

    List<Employee> activeEmployees() {
        return employees.values().stream().filter(Employee::active).toList();
    }
}
