package vn.gov.sokhcn.kpi.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.data.relational.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Every edit of an aggregate saved or deleted through Spring Data JDBC (units, employees, positions,
 * competencies, records, indicators, assignments, measurements, criteria, exemptions, periods, the
 * strategy map...) becomes a CREATED, UPDATED or DELETED event with the stored state before (read by
 * id just before the write) and the state after. Edits written with SQL directly record their own
 * events (imports, cascades, runs, rule set versions). An update that changes nothing is not recorded.
 */
@Component
class DataEditAudit {
    private record Key(Class<?> type, Object id) {
    }

    /** The stored state of aggregates being saved on this thread, taken before the write. */
    private static final ThreadLocal<Map<Key, Object>> BEFORE = ThreadLocal.withInitial(HashMap::new);

    private final AuditLog log;
    private final JdbcAggregateOperations aggregates;
    private final RelationalMappingContext mapping;

    DataEditAudit(AuditLog log, JdbcAggregateOperations aggregates, RelationalMappingContext mapping) {
        this.log = log;
        this.aggregates = aggregates;
        this.mapping = mapping;
    }

    @EventListener
    void beforeSave(BeforeSaveEvent<?> event) {
        Object entity = event.getEntity();
        Object id = id(entity);
        if (log.quiet() || id == null) {
            return;
        }
        Object stored = aggregates.findById(id, entity.getClass());
        if (stored != null) {
            BEFORE.get().put(new Key(entity.getClass(), id), stored);
        }
    }

    @EventListener
    void afterSave(AfterSaveEvent<?> event) {
        Object entity = event.getEntity();
        if (log.quiet()) {
            return;
        }
        Object id = id(entity);
        Object before = BEFORE.get().remove(new Key(entity.getClass(), id));
        if (before == null) {
            log.record(AuditAction.CREATED, type(entity.getClass()), name(entity, id), null, entity,
                    "Thêm " + AuditedObjects.label(entity.getClass()) + " «" + name(entity, id) + "»");
        } else if (!Objects.equals(before, entity)) {
            log.record(AuditAction.UPDATED, type(entity.getClass()), name(entity, id), before, entity,
                    "Sửa " + AuditedObjects.label(entity.getClass()) + " «" + name(entity, id) + "»");
        }
    }

    @EventListener
    void beforeDelete(BeforeDeleteEvent<?> event) {
        if (log.quiet()) {
            return;
        }
        Object id = event.getId().getValue();
        Object stored = aggregates.findById(id, event.getType());
        if (stored == null) {
            return;
        }
        log.record(AuditAction.DELETED, type(event.getType()), name(stored, id), stored, null,
                "Xóa " + AuditedObjects.label(event.getType()) + " «" + name(stored, id) + "»");
    }

    private Object id(Object entity) {
        return mapping.getRequiredPersistentEntity(entity.getClass()).getIdentifierAccessor(entity).getIdentifier();
    }

    private static String type(Class<?> type) {
        return type.getSimpleName();
    }

    /** The business code of the object where it has one, else its id. */
    private static String name(Object entity, Object id) {
        return AuditedObjects.code(entity).orElse(String.valueOf(id));
    }
}
