package vn.gov.sokhcn.kpi.ruleset.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;
import vn.gov.sokhcn.kpi.ruleset.RuleSetLoader;

/** The shipped rule set passes every check the service runs (every RuleSetCheck bean). */
@SpringBootTest
class ShippedRuleSetChecksTest {
    @Autowired
    List<RuleSetCheck> checks;
    @Autowired
    ActiveRuleSet active;
    @Autowired
    RuleSetLoader loader;

    @Test
    void shouldPassEveryCheck() {
        assertThat(checks).extracting(c -> c.getClass().getSimpleName()).contains("BandCoverage", "ScaleTotals", "RegimePeriods", "CompetentAuthority");
        var files = loader.load();
        assertThat(checks).allSatisfy(check -> assertThat(check.check(files, active.get())).isEmpty());
    }
}
