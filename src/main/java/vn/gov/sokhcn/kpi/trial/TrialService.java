package vn.gov.sokhcn.kpi.trial;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.evaluation.run.PeriodInputs;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.trial.TrialComparison.Move;
import vn.gov.sokhcn.kpi.trial.TrialComparison.Person;

/**
 * Trials of a candidate rule set (issue 6): the stored data of each period evaluated under the version in
 * force for it and under the candidate, compared, and kept in {@code trials} with a TRIAL_RUN audit event.
 * Nothing official is written: no run, no result.
 */
@Service
public class TrialService {
    private final TrialChecks checks;
    private final TrialSides sides;
    private final TrialBonus bonus;
    private final TrialStore store;
    private final ActiveRuleSet active;
    private final CurrentUser user;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    TrialService(TrialChecks checks, TrialSides sides, TrialBonus bonus, TrialStore store, ActiveRuleSet active,
                 CurrentUser user, AuditLog audit, TransactionTemplate transactions, JsonMapper json) {
        this.checks = checks;
        this.sides = sides;
        this.bonus = bonus;
        this.store = store;
        this.active = active;
        this.user = user;
        this.audit = audit;
        this.transactions = transactions;
        this.json = json;
    }

    /** Runs and stores a trial for the current user; answers the comparison with its id. */
    public TrialComparison run(TrialRequest request) {
        TrialChecks.Checked checked = checks.check(request);
        CompiledRuleSet candidate = checked.candidate();
        List<Person> people = new ArrayList<>();
        List<TrialComparison.UnitDistribution> units = new ArrayList<>();
        List<Move> up = new ArrayList<>();
        List<Move> down = new ArrayList<>();
        List<TrialComparison.QuotaGroup> quota = new ArrayList<>();
        List<TrialComparison.BonusPeriod> bonuses = new ArrayList<>();
        List<TrialComparison.PeriodVersion> versions = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < checked.periods().size(); i++) {
            PeriodInputs inputs = checked.periods().get(i);
            String field = "$.periods[" + i + "]";
            CompiledRuleSet inForce = active.forPeriod(inputs.period().start());
            TrialSides.Side before = sides.evaluate(inputs, inForce, field);
            TrialSides.Side after = sides.evaluate(inputs, candidate, field);
            TrialBonus.Effect effect = bonus.of(inputs.period(), before, after, candidate);
            TrialDiff.Period diff = TrialDiff.of(inputs.period().code(), before, after, effect.before(), effect.after());
            people.addAll(diff.people());
            units.addAll(diff.units());
            up.addAll(diff.up());
            down.addAll(diff.down());
            quota.addAll(diff.quota());
            bonuses.add(effect.period());
            versions.add(new TrialComparison.PeriodVersion(inputs.period().code(), inputs.period().kind().name(),
                    inForce.version(), candidate.version(), inputs(inputs.period())));
            codes.add(inputs.period().code());
        }
        TrialComparison.Quota quotaEffect = new TrialComparison.Quota(
                quota.stream().mapToInt(TrialComparison.QuotaGroup::heldBackBefore).sum(),
                quota.stream().mapToInt(TrialComparison.QuotaGroup::heldBackAfter).sum(), quota);
        String by = user.name();
        OffsetDateTime at = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        int activeVersion = active.get().version();
        return transactions.execute(t -> {
            long id = store.insert(candidate.version(), activeVersion, codes, by, at, people.size(), up.size(), down.size());
            TrialComparison comparison = new TrialComparison(id, candidate.version(), activeVersion, codes, versions, by, at,
                    people, units, up, down, quotaEffect, new TrialComparison.Bonus(bonuses));
            store.json(id, json.writeValueAsString(comparison));
            audit.record(AuditAction.TRIAL_RUN, "Trial", id, null, new TrialSummary(id, candidate.version(), activeVersion,
                    codes, by, at, people.size(), up.size(), down.size()), "Thử nghiệm phiên bản " + candidate.version()
                    + " của bộ quy tắc so với phiên bản đang áp dụng trên các kỳ " + String.join(", ", codes) + ": "
                    + down.size() + " lượt xếp loại thấp hơn, " + up.size() + " lượt cao hơn");
            return comparison;
        });
    }

    private static String inputs(vn.gov.sokhcn.kpi.evaluation.run.StoredPeriod period) {
        return period.kind() == vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.PeriodKind.MONTH
                ? "Dữ liệu đã lưu của tháng " + period.code() + ", đánh giá lại theo cả hai phiên bản."
                : "Tổng hợp từ điểm các tháng trong lượt đánh giá chính thức gần nhất của mỗi tháng (như lượt chính thức); "
                        + "hai phiên bản khác nhau từ bước xếp loại, hạn chế và hạn mức của kỳ " + period.code() + ".";
    }

    /** The stored comparison of a trial as JSON text, exactly as it was returned; 404 when there is none. */
    public String json(long id) {
        return store.json(id).orElseThrow(() -> new NotFoundException("lượt thử nghiệm", id));
    }

    public TrialComparison comparison(long id) {
        return json.readValue(json(id), TrialComparison.class);
    }

    public List<TrialSummary> all() {
        return store.all();
    }
}
