package vn.gov.sokhcn.kpi.ruleset.version;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kpi.rules.sync.*}: how an instance learns that another changed the versions ({@link VersionChangeWatcher}):
 * a poll of the change counter every {@code poll-ms}, and on PostgreSQL a {@code LISTEN} too unless {@code listen}
 * is false.
 */
@Validated
@ConfigurationProperties("kpi.rules.sync")
record VersionSyncProperties(@Min(50) @DefaultValue("1000") long pollMs, @DefaultValue("true") boolean listen) {
}
