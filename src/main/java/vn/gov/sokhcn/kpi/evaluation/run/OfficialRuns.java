package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.gov.sokhcn.kpi.evaluation.api.IncompleteEvaluationException;
import vn.gov.sokhcn.kpi.evaluation.RuleBases;
import vn.gov.sokhcn.kpi.evaluation.RuleBase;
import vn.gov.sokhcn.kpi.security.CurrentUser;

/**
 * Official runs of stored periods: the run is recorded RUNNING on this instance (one per period, any
 * instance: a second is a 409) and beats while it runs ({@link RunHeartbeats}, with its progress), the
 * period's stored data read (a quarter or year: rolled up from its months' latest completed runs, see
 * {@link RunInputs}) and evaluated with the rule set active when the run started (that one version
 * throughout), a group of agencies at a time ({@link GroupedRun}), and the results stored with the
 * run's COMPLETED state in one transaction. Any failure
 * stores no result and marks the run FAILED with a Vietnamese reason. Runs are never changed afterwards;
 * running again makes a new run. Unknown periods (404) and quarters or years with months not yet run
 * (409) are refused before a run is recorded.
 */
@Service
public class OfficialRuns {
    private static final Logger log = LoggerFactory.getLogger(OfficialRuns.class);

    private final StoredPeriodFacts periods;
    private final RunInputs inputs;
    private final GroupedRun grouped;
    private final RunStore store;
    private final RuleBases activeRuleSet;
    private final CurrentUser currentUser;
    private final RunHeartbeats heartbeats;

    OfficialRuns(StoredPeriodFacts periods, RunInputs inputs, GroupedRun grouped, RunStore store,
                 RuleBases activeRuleSet, CurrentUser currentUser, RunHeartbeats heartbeats) {
        this.periods = periods;
        this.inputs = inputs;
        this.grouped = grouped;
        this.store = store;
        this.activeRuleSet = activeRuleSet;
        this.currentUser = currentUser;
        this.heartbeats = heartbeats;
    }

    /** Runs the stored period with this code for the current user and answers the id of the COMPLETED run. */
    public long run(String periodCode) {
        return run(periodCode, currentUser.name());
    }

    /** Runs the stored period with this code, started by {@code startedBy}, and answers the id of the COMPLETED run. */
    public long run(String periodCode, String startedBy) {
        StoredPeriod period = periods.period(periodCode);
        RunInputs.Prepared prepared = inputs.prepare(period);
        RuleBase ruleSet = activeRuleSet.inForceNow(period.start());
        long runId = store.start(period, ruleSet, startedBy);
        RunProgress progress = new RunProgress();
        try (RunHeartbeats.Beating beating = heartbeats.start(runId, progress)) {
            long start = System.nanoTime();
            GroupedRun.Completed completed = store.complete(runId, period, () -> grouped.run(runId, prepared, ruleSet, progress));
            log.info("Run {} of period {}: {} people, {} units, {} groups of agencies; {}; committed after {} ms", runId,
                    periodCode, completed.employees(), completed.units(), completed.groups(), completed.timings().describe(),
                    ms(System.nanoTime() - start));
            return runId;
        } catch (RunInputsException e) {
            throw failed(runId, RunFailedException.Cause.INPUTS, e.getMessage(), e.problems(), e);
        } catch (IncompleteEvaluationException e) {
            throw failed(runId, RunFailedException.Cause.RULE_SET, e.getMessage(), List.of(), e);
        } catch (RuntimeException e) {
            log.error("Lượt đánh giá {} của kỳ {} thất bại", runId, periodCode, e);
            throw failed(runId, RunFailedException.Cause.UNEXPECTED,
                    "Lượt đánh giá thất bại do lỗi không lường trước; chi tiết được ghi trong nhật ký của dịch vụ.", List.of(), e);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private RunFailedException failed(long runId, RunFailedException.Cause cause, String failure,
                                      List<RunInputProblem> problems, RuntimeException origin) {
        RunFailedException failed = new RunFailedException(runId, cause, failure, problems, origin);
        try {
            store.fail(runId, failure);
        } catch (RuntimeException e) {
            log.error("Không ghi được trạng thái thất bại của lượt đánh giá {}", runId, e);
            failed.addSuppressed(e);
        }
        return failed;
    }
}
