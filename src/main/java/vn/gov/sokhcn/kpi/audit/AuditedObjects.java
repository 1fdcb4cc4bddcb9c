package vn.gov.sokhcn.kpi.audit;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;

/** How the audit log names the objects it records: a Vietnamese noun per aggregate and its business code. */
final class AuditedObjects {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("Unit", "đơn vị"), Map.entry("Employee", "cán bộ"), Map.entry("Position", "vị trí việc làm"),
            Map.entry("Competency", "năng lực"), Map.entry("CompetencyAssessment", "đánh giá năng lực"),
            Map.entry("DisciplineRecord", "quyết định kỷ luật"), Map.entry("LeaveRecord", "thời gian nghỉ"),
            Map.entry("UnitSanction", "quyết định xử lý đơn vị"), Map.entry("Indicator", "chỉ số"),
            Map.entry("Assignment", "giao chỉ tiêu"), Map.entry("Measurement", "số liệu thực hiện"),
            Map.entry("Period", "kỳ đánh giá"), Map.entry("Perspective", "phương diện"), Map.entry("Objective", "mục tiêu"),
            Map.entry("Csf", "yếu tố thành công then chốt"), Map.entry("GeneralCriteria", "điểm tiêu chí chung"),
            Map.entry("QuotaExemption", "ngoại lệ hạn mức"), Map.entry("User", "người dùng"),
            Map.entry("UserAccount", "người dùng"));

    private AuditedObjects() {
    }

    static String label(Class<?> type) {
        return LABELS.getOrDefault(type.getSimpleName(), type.getSimpleName());
    }

    /** The value of a {@code code} (or {@code username}) component of a record aggregate, if it has one. */
    static Optional<String> code(Object entity) {
        if (entity == null || !entity.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : entity.getClass().getRecordComponents()) {
            if (component.getName().equals("code") || component.getName().equals("username")) {
                try {
                    component.getAccessor().setAccessible(true);
                    return Optional.ofNullable(component.getAccessor().invoke(entity)).map(Object::toString);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
