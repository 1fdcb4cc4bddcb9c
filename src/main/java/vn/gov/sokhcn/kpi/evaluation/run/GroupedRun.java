package vn.gov.sokhcn.kpi.evaluation.run;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.evaluation.RuleBase;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Assignment;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse;

/**
 * Reads, evaluates and writes a run group by group ({@link AgencyGroups}), so that the heap holds a few
 * groups and never the whole period: this thread (the one holding the run's transaction) reads the
 * next group's assignments and writes the results of the oldest group evaluated, while up to
 * {@code kpi.runs.groups-at-once} groups are evaluated on threads of their own (one more read, waiting);
 * a group's facts, session and results are let go once written. Problems are gathered from every group
 * (nothing is written after the first) and refused together as a whole-period run would: the stored
 * data's if it has any (then no group is evaluated further), else those the rules found.
 */
@Component
class GroupedRun {
    private final RunInputs inputs;
    private final AgencyGroups groups;
    private final RunEvaluator evaluator;
    private final RunResultWriter results;
    private final JsonMapper json;
    private final int groupsAtOnce;

    GroupedRun(RunInputs inputs, AgencyGroups groups, RunEvaluator evaluator, RunResultWriter results, JsonMapper json,
               RunProperties properties) {
        this.json = json;
        this.inputs = inputs;
        this.groups = groups;
        this.evaluator = evaluator;
        this.results = results;
        this.groupsAtOnce = properties.groupsAtOnce();
    }

    /** Runs the period into the run's results (in the caller's transaction); what the run's row records. */
    Completed run(long runId, RunInputs.Prepared prepared, RuleBase ruleSet, RunProgress progress) {
        Timings timings = new Timings();
        long start = System.nanoTime();
        List<RunInputProblem> problems = new ArrayList<>();
        PeriodInputs period = inputs.readWithoutAssignments(prepared, problems);
        EvaluationRequest people = period.request();
        progress.inputsRead(people.employees().size());
        List<AgencyGroups.Group> parts = groups.of(period, !problems.isEmpty());
        timings.read += System.nanoTime() - start;
        EvaluatedInputs evaluated = EvaluatedInputs.start(json, people);
        try {
            Completed completed = run(runId, prepared, ruleSet, progress, period, parts, problems, evaluated, timings);
            timings.total = System.nanoTime() - start;
            return completed;
        } catch (RuntimeException e) {
            evaluated.close();
            throw e;
        }
    }

    private Completed run(long runId, RunInputs.Prepared prepared, RuleBase ruleSet, RunProgress progress, PeriodInputs period,
                          List<AgencyGroups.Group> parts, List<RunInputProblem> problems, EvaluatedInputs evaluated,
                          Timings timings) {
        EvaluationRequest people = period.request();
        Counts counts = new Counts();
        List<RunInputProblem> found = new ArrayList<>();   // by the rules; told only when the stored data has none
        ExecutorService pool = Executors.newFixedThreadPool(groupsAtOnce, r -> {
            Thread t = new Thread(r, "run-" + runId + "-group");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Done>> inFlight = new ArrayDeque<>();
            for (AgencyGroups.Group group : parts) {
                long readAt = System.nanoTime();
                List<Assignment> assignments = inputs.assignments(prepared, period.employeeIds().keySet(), group.ownIds(), problems);
                evaluated.add(assignments);
                timings.read += System.nanoTime() - readAt;
                if (!problems.isEmpty()) {
                    continue;   // only gathering the stored data's problems now
                }
                EvaluationRequest request = new EvaluationRequest(people.period(), group.units(), group.employees(),
                        assignments, people.quotaExemptions());
                inFlight.add(pool.submit(() -> evaluate(period, request, group, ruleSet)));
                if (inFlight.size() > groupsAtOnce) {   // one more read ahead, waiting for a thread
                    write(runId, take(inFlight, found, timings), progress, counts, problems, found, timings);
                }
            }
            while (!inFlight.isEmpty()) {
                write(runId, take(inFlight, found, timings), progress, counts, problems, found, timings);
            }
        } finally {
            pool.shutdownNow();   // its threads only evaluate and build rows; the database is written on this one
        }
        if (!problems.isEmpty() || !found.isEmpty()) {
            throw new RunInputsException(prepared.period().code(), problems.isEmpty() ? found : problems);
        }
        evaluated.finish(people);
        return new Completed(counts.regime, counts.employees, counts.units, parts.size(), evaluated, timings);
    }

    private Done evaluate(PeriodInputs period, EvaluationRequest request, AgencyGroups.Group group, RuleBase ruleSet) {
        long start = System.nanoTime();
        try {
            RunEvaluator.Evaluated evaluated = evaluator.evaluate(request, ruleSet);
            EvaluationResponse all = evaluated.response();
            // Units above the group are named for the tree only: their results are another group's.
            EvaluationResponse own = new EvaluationResponse(all.ruleSet(), all.regime(), all.regimeLabel(), all.period(),
                    all.employees(), all.units().stream().filter(u -> group.own().contains(u.code())).toList());
            List<RunResultWriter.Row> rows = results.rows(new PeriodInputs(period.period(), request, period.employeeIds(),
                    period.unitIds()), own, evaluated.shares());
            return new Done(rows, own.regime(), own.employees().size(), own.units().size(), List.of(), System.nanoTime() - start);
        } catch (RunInputsException e) {
            return new Done(List.of(), null, 0, 0, e.problems(), System.nanoTime() - start);
        }
    }

    private static Done take(Deque<Future<Done>> inFlight, List<RunInputProblem> problems, Timings timings) {
        try {
            Done done = inFlight.removeFirst().get();
            timings.evaluate += done.nanos();
            problems.addAll(done.problems());
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Lượt đánh giá bị dừng");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void write(long runId, Done done, RunProgress progress, Counts counts, List<RunInputProblem> problems,
                       List<RunInputProblem> found, Timings timings) {
        if (!problems.isEmpty() || !found.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        results.write(runId, done.rows(), progress);
        counts.regime = done.regime();
        counts.employees += done.employees();
        counts.units += done.units();
        timings.write += System.nanoTime() - start;
    }

    /** A group evaluated: its rows to write (details as JSON), or the problems found in its data. */
    private record Done(List<RunResultWriter.Row> rows, String regime, int employees, int units, List<RunInputProblem> problems,
                        long nanos) {
    }

    private static final class Counts {
        String regime;
        int employees;
        int units;
    }

    /** Where the run's time went: reading and writing on this thread, evaluating summed over the groups' threads. */
    static final class Timings {
        long read;
        long evaluate;
        long write;
        long total;

        String describe() {
            return String.format("read %d ms, evaluate %d ms (summed over the groups), write %d ms, total %d ms", read / 1_000_000,
                    evaluate / 1_000_000, write / 1_000_000, total / 1_000_000);
        }
    }

    /** What the run's row records when it completes. */
    record Completed(String regime, int employees, int units, int groups, EvaluatedInputs inputs, Timings timings) {
    }
}
