package vn.gov.sokhcn.kpi.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.Appraisals;
import vn.gov.sokhcn.kpi.appraisal.cycle.CycleOpening;
import vn.gov.sokhcn.kpi.appraisal.cycle.OpenCycleRequest;

/**
 * A month's cycle left open mid-way ({@code demo/appraisal-open-month.csv}: the period and agency, and who
 * has self-assessed), so the work lists have something: the others' self-assessments, the head's reviews.
 */
@Component
class OpenMonthDemo {
    static final String FILE = "appraisal-open-month.csv";

    private final DemoActors actors;
    private final DemoSelfAssessments selfAssessments;
    private final CycleOpening opening;
    private final Appraisals appraisals;

    OpenMonthDemo(DemoActors actors, DemoSelfAssessments selfAssessments, CycleOpening opening, Appraisals appraisals) {
        this.actors = actors;
        this.selfAssessments = selfAssessments;
        this.opening = opening;
        this.appraisals = appraisals;
    }

    void open(LocalDate today) {
        List<DemoRow> rows = DemoFiles.read(FILE);
        DemoRow first = rows.get(0);
        long cycle = actors.hr(() -> opening.open(new OpenCycleRequest(first.text("period"), first.text("agency"),
                today.plusDays(7), today.plusDays(14), today.plusDays(21))));
        List<String> selfAssessed = rows.stream().map(r -> r.text("self_assessed")).toList();
        appraisals.ofCycle(cycle).stream().filter(a -> selfAssessed.contains(a.employeeCode())).forEach(selfAssessments::submit);
    }
}
