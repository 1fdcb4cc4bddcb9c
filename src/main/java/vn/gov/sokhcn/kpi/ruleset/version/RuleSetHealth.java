package vn.gov.sokhcn.kpi.ruleset.version;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;

/**
 * {@code ruleSet} in {@code /actuator/health} and in the readiness group: UP with the default version in force
 * once it is loaded, so a load balancer sends requests only to an instance that can evaluate.
 */
@Component("ruleSet")
class RuleSetHealth extends AbstractHealthIndicator {
    private final ActiveRuleSet active;

    RuleSetHealth(ActiveRuleSet active) {
        this.active = active;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        CompiledRuleSet set = active.loaded();
        if (set == null) {
            builder.down().withDetail("reason", "Bộ quy tắc chưa được nạp");
        } else {
            builder.up().withDetail("version", set.version()).withDetail("sha256", set.sha256());
        }
    }
}
