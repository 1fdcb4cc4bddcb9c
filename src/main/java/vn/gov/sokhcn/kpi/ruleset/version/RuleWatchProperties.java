package vn.gov.sokhcn.kpi.ruleset.version;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kpi.rules.*} but the folder ({@code kpi.rules.dir} is {@link vn.gov.sokhcn.kpi.ruleset.RuleFolders}'s):
 * watch the rule folders, wait {@code watch-quiet-ms} of quiet before drafting, and activate such drafts at once; with
 * several instances the one holding the watch lock watches, renewing it every {@code watch-lock-retry} (others try to
 * take it as often), and a lock not renewed for {@code watch-lock-ttl} is free again.
 */
@Validated
@ConfigurationProperties("kpi.rules")
record RuleWatchProperties(boolean watch, @Min(1) @DefaultValue("1000") long watchQuietMs, boolean autoActivate,
                           @DefaultValue("30s") Duration watchLockTtl, @DefaultValue("10s") Duration watchLockRetry) {
}
