package vn.gov.sokhcn.kpi.system.limits;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** {@code kpi.http.*}: the largest JSON body an API request may carry (beyond it: 413 in Vietnamese). */
@Validated
@ConfigurationProperties("kpi.http")
public record HttpProperties(@NotNull DataSize maxJsonBodySize) {
}
