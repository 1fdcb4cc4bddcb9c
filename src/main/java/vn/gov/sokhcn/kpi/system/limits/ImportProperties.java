package vn.gov.sokhcn.kpi.system.limits;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** {@code kpi.imports.*}: the largest data file an import accepts (beyond it: 413 in Vietnamese). */
@Validated
@ConfigurationProperties("kpi.imports")
public record ImportProperties(@NotNull @DefaultValue("5MB") DataSize maxFileSize) {
}
