package vn.gov.sokhcn.kpi.console.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.AchievementResult;
import vn.gov.sokhcn.kpi.evaluation.policy.LimitRow;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.version.VersionStore;

/**
 * Attainment of each indicator (KPI) in a run, as the console defines it: the mean of the achievements
 * (in %) of all its assignments in the stored results the user may see (units' and people's), and how
 * many of them reached the rule set's own «completed» level (decision table «Giới hạn mức đạt»,
 * column «Hoàn thành khi đạt từ (%)» of the version the run used).
 */
@Component
public class Attainment {
    static final String COMPLETED_COLUMN = "Hoàn thành khi đạt từ (%)";
    private final StoredResults results;
    private final ActiveRuleSet rules;
    private final VersionStore versions;

    Attainment(StoredResults results, ActiveRuleSet rules, VersionStore versions) {
        this.results = results;
        this.rules = rules;
        this.versions = versions;
    }

    /** One indicator's attainment: mean achievement, number of assignments, and how many were completed. */
    public record Kpi(String indicator, BigDecimal mean, int assignments, int completed) {
        /** All completed: «DAT»; some: «MOT_PHAN»; none: «CHUA_DAT». */
        public String status() {
            return completed == assignments ? "DAT" : completed == 0 ? "CHUA_DAT" : "MOT_PHAN";
        }
    }

    /** The completed level and the cell it is read from. */
    public record Level(double completedAt, String cell) {
    }

    public Map<String, Kpi> of(OfficialPeriods.OfficialPeriod period) {
        Optional<Level> level = level(period.ruleSetVersion());
        double completedAt = level.map(Level::completedAt).orElse(Double.MAX_VALUE);
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (PersonResult r : results.of(period.runId())) {
            for (AchievementResult a : r.achievements()) {
                if (a.achievement() == null) {
                    continue;
                }
                double[] s = sums.computeIfAbsent(a.indicator(), k -> new double[3]);
                s[0] += a.achievement().doubleValue();
                s[1]++;
                s[2] += a.achievement().doubleValue() >= completedAt ? 1 : 0;
            }
        }
        Map<String, Kpi> out = new LinkedHashMap<>();
        sums.forEach((code, s) -> out.put(code, new Kpi(code, mean(s[0], (int) s[1]), (int) s[1], (int) s[2])));
        return out;
    }

    /** The rule set's completed level in the version a run used (the active one when the run names none). */
    public Optional<Level> level(Integer version) {
        CompiledRuleSet set = version == null ? rules.get() : rules.compiled(version, versions.files(version));
        return set.rows().stream().filter(LimitRow.class::isInstance).map(LimitRow.class::cast).findFirst()
                .filter(row -> row.getCompletedAt() != null)
                .map(row -> new Level(row.getCompletedAt(), set.cellOf(row, COMPLETED_COLUMN)));
    }

    public static BigDecimal mean(double sum, int count) {
        return count == 0 ? null : BigDecimal.valueOf(sum / count).setScale(1, RoundingMode.HALF_UP);
    }

    /** The mean of several KPIs' means (each KPI counts once), null when none has data. */
    public static BigDecimal meanOf(List<Kpi> kpis) {
        List<Kpi> with = kpis.stream().filter(k -> k.mean() != null).toList();
        return mean(with.stream().mapToDouble(k -> k.mean().doubleValue()).sum(), with.size());
    }
}
