package vn.gov.sokhcn.kpi.kpi.assignment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code kpi.assignments.*}: what a person's assignment weights of a period must add up to. */
@Validated
@ConfigurationProperties("kpi.assignments")
record AssignmentProperties(@NotNull @Positive BigDecimal weightTotal) {
}
