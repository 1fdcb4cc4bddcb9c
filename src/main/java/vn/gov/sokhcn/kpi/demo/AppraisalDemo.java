package vn.gov.sokhcn.kpi.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRow;
import vn.gov.sokhcn.kpi.appraisal.Appraisals;
import vn.gov.sokhcn.kpi.appraisal.complaint.ComplaintRequests;
import vn.gov.sokhcn.kpi.appraisal.complaint.Complaints;
import vn.gov.sokhcn.kpi.appraisal.complaint.Resolutions;
import vn.gov.sokhcn.kpi.appraisal.cycle.CycleOpening;
import vn.gov.sokhcn.kpi.appraisal.cycle.OpenCycleRequest;
import vn.gov.sokhcn.kpi.appraisal.cycle.Publication;
import vn.gov.sokhcn.kpi.appraisal.rules.AppraisalTables.Authority;
import vn.gov.sokhcn.kpi.appraisal.step.Decisions;
import vn.gov.sokhcn.kpi.appraisal.step.StepRequests;
import vn.gov.sokhcn.kpi.appraisal.step.UnitReviews;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;

/**
 * The demo year 2026 of the Department (agency SO) taken through the whole appraisal procedure, through
 * the services and as the people who act ({@link DemoActors}): HR opens the cycle; everyone self-assesses
 * (some late, one never); each unit's head records the meeting (HR for heads and the Director); the
 * Director decides staff and deputies, leaders after the people under them, and HR enters the superior
 * agency's decision for the Director; HR publishes; a complaint is upheld. {@code demo/appraisal-2026.csv}
 * says who differs from the default (self-assessed on time, decided as proposed). A month's cycle is then
 * left open at self-assessment ({@link OpenMonthDemo}), so the work lists show items.
 */
@Component
class AppraisalDemo {
    static final String YEAR = "2026";
    static final String AGENCY = "SO";
    static final String FILE = "appraisal-2026.csv";
    private static final Logger log = LoggerFactory.getLogger(AppraisalDemo.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final YearEndDemo yearEnd;
    private final OpenMonthDemo openMonth;
    private final DemoActors actors;
    private final DemoSelfAssessments selfAssessments;
    private final JdbcClient jdbc;
    private final CycleOpening opening;
    private final Appraisals appraisals;
    private final UnitReviews reviews;
    private final Decisions decisions;
    private final Publication publication;
    private final Complaints complaints;
    private final Resolutions resolutions;

    AppraisalDemo(YearEndDemo yearEnd, OpenMonthDemo openMonth, DemoActors actors, DemoSelfAssessments selfAssessments,
                  JdbcClient jdbc, CycleOpening opening, Appraisals appraisals, UnitReviews reviews, Decisions decisions,
                  Publication publication, Complaints complaints, Resolutions resolutions) {
        this.yearEnd = yearEnd;
        this.openMonth = openMonth;
        this.actors = actors;
        this.selfAssessments = selfAssessments;
        this.jdbc = jdbc;
        this.opening = opening;
        this.appraisals = appraisals;
        this.reviews = reviews;
        this.decisions = decisions;
        this.publication = publication;
        this.complaints = complaints;
        this.resolutions = resolutions;
    }

    void takeYearThrough() {
        long started = System.nanoTime();
        yearEnd.close();
        LocalDate today = LocalDate.now();
        long cycle = actors.hr(() -> opening.open(new OpenCycleRequest(YEAR, AGENCY, today, today.plusDays(7), today.plusDays(14))));
        Map<String, DemoRow> plan = DemoFiles.read(FILE).stream().collect(Collectors.toMap(r -> r.text("employee"), r -> r));
        List<AppraisalRow> people = appraisals.ofCycle(cycle);
        people.stream().filter(a -> selfAssessment(plan, a).equals("ON_TIME")).forEach(selfAssessments::submit);
        // The demo lives the cycle's weeks in one start: the due date passes before the late ones come in.
        jdbc.sql("UPDATE appraisal_cycles SET self_assessment_due = ? WHERE id = ?").params(today.minusDays(1), cycle).update();
        people.stream().filter(a -> selfAssessment(plan, a).equals("LATE")).forEach(selfAssessments::submit);
        people.forEach(a -> review(a, today, !selfAssessment(plan, a).equals("NONE")));
        // Leaders after the people under them (Leadership runs from NONE to DIRECTOR), so the leader caps hold
        // on decided ratings; among equals the file's order (the tie's HTTNV before its HTXSNV keeps the quota).
        List<String> order = DemoFiles.read(FILE).stream().map(r -> r.text("employee")).toList();
        people.stream().sorted(Comparator.comparing((AppraisalRow a) -> a.leadership().ordinal())
                        .thenComparing(a -> order.contains(a.employeeCode()) ? order.indexOf(a.employeeCode()) : order.size())
                        .thenComparing(AppraisalRow::employeeCode))
                .forEach(a -> decide(a, plan.get(a.employeeCode())));
        actors.hr(() -> publication.publish(cycle));
        people.stream().filter(a -> plan.containsKey(a.employeeCode()) && plan.get(a.employeeCode()).optional("complaint") != null)
                .forEach(a -> complain(a, plan.get(a.employeeCode())));
        openMonth.open(today);
        log.info("Dữ liệu mẫu: đã đưa năm {} của «{}» qua đủ quy trình đánh giá, xếp loại ({} người) trong {} ms.",
                YEAR, AGENCY, people.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static String selfAssessment(Map<String, DemoRow> plan, AppraisalRow a) {
        DemoRow row = plan.get(a.employeeCode());
        return row == null ? "ON_TIME" : row.text("self_assessment");
    }

    /** The unit's meeting, recorded by the head of the unit; the head's own by HR for them. */
    private void review(AppraisalRow a, LocalDate today, boolean selfAssessed) {
        Rating proposed = Rating.valueOf(a.proposedRating());
        long present = jdbc.sql("SELECT COUNT(*) FROM employees WHERE unit_id = ? AND (end_date IS NULL OR end_date >= ?)")
                .params(a.unitId(), today).query(Long.class).single();
        String summary = "Cuộc họp " + a.unitName() + " ngày " + today.format(DAY) + " nhận xét đồng chí " + a.employeeName() + ": "
                + (selfAssessed ? "nhất trí với bản tự đánh giá; " : "đồng chí không nộp bản tự đánh giá, đơn vị nhận xét trên kết quả thực hiện nhiệm vụ; ")
                + "đề nghị xếp loại «" + proposed.label() + "».";
        var request = new StepRequests.UnitReview(today, (int) present, summary, proposed);
        String head = headOf(a.unitId());
        if (head == null || head.equals(a.employeeCode())) {
            actors.hr(() -> reviews.record(a.id(), request));
        } else {
            actors.person(head, true, () -> reviews.record(a.id(), request));
        }
    }

    private void decide(AppraisalRow a, DemoRow row) {
        Rating rating = row == null || row.optional("decided_rating") == null ? Rating.valueOf(a.proposedRating())
                : Rating.valueOf(row.text("decided_rating"));
        String reason = row == null ? null : row.optional("decision_reason");
        if (Authority.Kind.SUPERIOR_AGENCY.name().equals(a.competentKind())) {
            actors.hr(() -> decisions.decide(a.id(), new StepRequests.Decision(rating, reason, row.text("superior_decision_no"))));
        } else {
            actors.person(codeOf(a.competentEmployeeId()), true,
                    () -> decisions.decide(a.id(), new StepRequests.Decision(rating, reason, null)));
        }
    }

    private void complain(AppraisalRow a, DemoRow row) {
        long complaint = actors.person(a.employeeCode(), false,
                () -> complaints.file(a.id(), new ComplaintRequests.Filing(row.text("complaint"))));
        var resolution = new ComplaintRequests.Resolution(ComplaintRequests.Outcome.UPHELD, row.text("resolution_reason"),
                Rating.valueOf(row.text("resolution_rating")));
        actors.person(codeOf(a.competentEmployeeId()), true, () -> resolutions.resolve(complaint, resolution));
    }

    /** The head of a unit: its member with leadership HEAD or DIRECTOR. */
    private String headOf(long unitId) {
        return jdbc.sql("SELECT code FROM employees WHERE unit_id = ? AND leadership IN ('HEAD', 'DIRECTOR') ORDER BY code")
                .param(unitId).query(String.class).list().stream().findFirst().orElse(null);
    }

    private String codeOf(long employeeId) {
        return jdbc.sql("SELECT code FROM employees WHERE id = ?").param(employeeId).query(String.class).single();
    }
}
