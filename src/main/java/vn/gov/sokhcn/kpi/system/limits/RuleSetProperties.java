package vn.gov.sokhcn.kpi.system.limits;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** {@code kpi.rulesets.*}: the largest rule file an upload of a rule set version accepts (beyond it: 413). */
@Validated
@ConfigurationProperties("kpi.rulesets")
public record RuleSetProperties(@NotNull @DefaultValue("5MB") DataSize maxFileSize) {
}
