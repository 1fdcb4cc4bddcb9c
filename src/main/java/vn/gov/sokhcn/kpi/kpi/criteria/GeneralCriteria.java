package vn.gov.sokhcn.kpi.kpi.criteria;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A person's general-criteria points in a period: politics, ethics, working style, discipline; who entered them, when. */
@Table("general_criteria")
record GeneralCriteria(@Id Long id, Long employeeId, Long periodId, BigDecimal politics, BigDecimal ethics, BigDecimal style,
                       BigDecimal discipline, String enteredBy, OffsetDateTime enteredAt) {

    GeneralCriteria withId(Long id) {
        return new GeneralCriteria(id, employeeId, periodId, politics, ethics, style, discipline, enteredBy, enteredAt);
    }
}
