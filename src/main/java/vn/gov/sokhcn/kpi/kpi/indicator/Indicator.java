package vn.gov.sokhcn.kpi.kpi.indicator;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A measure (chỉ số) of the strategy map, tied to an objective, a CSF of it, or both. */
@Table("indicators")
record Indicator(@Id Long id, String code, String name, IndicatorKind kind, Polarity polarity, String unitOfMeasure,
                 Frequency frequency, String dataSource, OwnerLevel ownerLevel, Long objectiveId, Long csfId,
                 String description) {

    Indicator withId(Long id) {
        return new Indicator(id, code, name, kind, polarity, unitOfMeasure, frequency, dataSource, ownerLevel, objectiveId,
                csfId, description);
    }
}
