package vn.gov.sokhcn.kpi.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.evaluation.Facts;
import vn.gov.sokhcn.kpi.evaluation.RuleSessionRunner;
import vn.gov.sokhcn.kpi.evaluation.RuleSessionRunner.SessionOutcome;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;
import vn.gov.sokhcn.kpi.evaluation.api.FactAssembler;
import vn.gov.sokhcn.kpi.evaluation.api.ResultAssembler;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;

/**
 * Where the time of one request goes: the steps the controller takes, done in process with the
 * application's own beans and timed one by one, in wall-clock time and in CPU time of this thread
 * (on a busy machine the wall clock also counts waiting for a core; the CPU time does not, but it
 * leaves out the collector's threads). What is left of the end-to-end time is HTTP.
 */
final class StageBreakdown {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final JsonMapper json;
    private final FactAssembler facts;
    private final RuleSessionRunner runner;
    private final ResultAssembler results;
    private final ActiveRuleSet ruleSet;
    private final Map<String, Samples[]> stages = new LinkedHashMap<>();

    StageBreakdown(ApplicationContext app) {
        this.json = app.getBean(JsonMapper.class);
        this.facts = app.getBean(FactAssembler.class);
        this.runner = app.getBean(RuleSessionRunner.class);
        this.results = app.getBean(ResultAssembler.class);
        this.ruleSet = app.getBean(ActiveRuleSet.class);
    }

    /** A stage's best wall-clock and best CPU time over the runs, in milliseconds. */
    record Timing(double wallMs, double cpuMs) {
    }

    /** The stages in the order they happen, each with its best of {@code runs} runs. */
    Map<String, Timing> measure(byte[] requestJson, int runs) {
        for (int i = 0; i < runs; i++) {
            EvaluationRequest request = time("JSON → request", () -> json.readValue(requestJson, EvaluationRequest.class));
            Facts assembled = time("FactAssembler (constraints, references)", () -> facts.assemble(request));
            SessionOutcome outcome = time("RuleSessionRunner (insert + fire)", () -> runner.run(ruleSet.get(), assembled));
            EvaluationResponse response = time("ResultAssembler", () -> results.assemble(assembled, outcome));
            time("response → JSON", () -> json.writeValueAsBytes(response));
        }
        Map<String, Timing> best = new LinkedHashMap<>();
        stages.forEach((stage, s) -> best.put(stage, new Timing(s[0].bestMs(), s[1].bestMs())));
        return best;
    }

    private <T> T time(String stage, Supplier<T> step) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        T result = step.get();
        Samples[] samples = stages.computeIfAbsent(stage, k -> new Samples[] {new Samples(), new Samples()});
        samples[0].add(System.nanoTime() - wall);
        samples[1].add(THREADS.getCurrentThreadCpuTime() - cpu);
        return result;
    }
}
