package vn.gov.sokhcn.kpi.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Assignment;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Employee;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.GeneralCriteria;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Indicator;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.IndicatorKind;
import vn.gov.sokhcn.kpi.organisation.Leadership;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Period;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.PeriodKind;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Polarity;
import vn.gov.sokhcn.kpi.organisation.StaffType;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Tasks;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationRequest.Unit;

/**
 * A made-up Department for the benchmark, the same on every run (fixed seed): the root "SO" with
 * its director and three deputies, units under it each led by a head and two deputies, everyone
 * with ten assignments over all five polarities, and a realistic spread of results so that every
 * rating, the leaders' caps, the quota and the discipline override all take part.
 */
public final class SyntheticOrganisation {
    /** Weights of the ten assignments of a person (total 100), one pair per polarity. */
    private static final double[] WEIGHTS = {15, 5, 10, 10, 8, 12, 10, 10, 12, 8};
    private static final Polarity[] POLARITIES = Polarity.values();
    private static final Period MARCH_2026 =
            new Period("2026-03", PeriodKind.MONTH, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    private final Random random = new Random(20260301L);
    private final List<Unit> units = new ArrayList<>();
    private final List<Employee> employees = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();
    /** Put before unit codes and people's ids, so that Departments of one province do not clash. */
    private final String prefix;

    private SyntheticOrganisation() {
        this("");
    }

    private SyntheticOrganisation(String prefix) {
        this.prefix = prefix;
    }

    /** {@code people} people (at least the four at the root plus three per unit) spread over {@code unitCount} units. */
    static EvaluationRequest of(int unitCount, int people) {
        return of("SO", unitCount, people);
    }

    /** The same with the root unit coded {@code root}, so that it can stand beside another Department's root. */
    public static EvaluationRequest of(String root, int unitCount, int people) {
        SyntheticOrganisation org = new SyntheticOrganisation();
        org.build(root, unitCount, people);
        return new EvaluationRequest(MARCH_2026, List.copyOf(org.units), List.copyOf(org.employees),
                List.copyOf(org.assignments), List.of());
    }

    /** One person in one unit: the smallest request that still runs every stage. */
    static EvaluationRequest onePerson() {
        SyntheticOrganisation org = new SyntheticOrganisation();
        org.units.add(new Unit("SO", "Sở Khoa học và Công nghệ", null, false, null));
        org.units.add(new Unit("P001", "Phòng 001", "SO", false, null));
        org.person("CB00001", "P001", Leadership.NONE, StaffType.CIVIL_SERVANT);
        return new EvaluationRequest(MARCH_2026, List.copyOf(org.units), List.copyOf(org.employees),
                List.copyOf(org.assignments), List.of());
    }

    /**
     * A province: {@code departments} Departments side by side (roots D1, D2, …), each built as
     * {@link #of} with its codes and ids prefixed by its root, so no two share a unit or a person.
     */
    public static EvaluationRequest province(int departments, int unitCount, int peoplePerDepartment) {
        List<Unit> units = new ArrayList<>();
        List<Employee> employees = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        for (int d = 1; d <= departments; d++) {
            SyntheticOrganisation org = new SyntheticOrganisation("D" + d + "-");
            org.build("D" + d, unitCount, peoplePerDepartment);
            units.addAll(org.units);
            employees.addAll(org.employees);
            assignments.addAll(org.assignments);
        }
        return new EvaluationRequest(MARCH_2026, units, employees, assignments, List.of());
    }

    private void build(String root, int unitCount, int people) {
        units.add(new Unit(root, "Sở Khoa học và Công nghệ", null, false, null));
        unitAssignments(root);
        for (int u = 1; u <= unitCount; u++) {
            String code = prefix + String.format("P%03d", u);
            // Every tenth unit is a public service centre counted as an agency of its own for the quota.
            boolean centre = u % 10 == 0;
            units.add(new Unit(code, (centre ? "Trung tâm " : "Phòng ") + u, root, false, centre));
            unitAssignments(code);
        }
        person(null, root, Leadership.DIRECTOR, StaffType.CIVIL_SERVANT);
        for (int d = 0; d < 3; d++) {
            person(null, root, Leadership.DEPUTY_DIRECTOR, StaffType.CIVIL_SERVANT);
        }
        for (int u = 1; u <= unitCount; u++) {
            String code = prefix + String.format("P%03d", u);
            StaffType staff = u % 10 == 0 ? StaffType.PUBLIC_EMPLOYEE : StaffType.CIVIL_SERVANT;
            person(null, code, Leadership.HEAD, staff);
            person(null, code, Leadership.DEPUTY_HEAD, staff);
            person(null, code, Leadership.DEPUTY_HEAD, staff);
        }
        // The rest are staff, dealt round-robin so units differ by at most one person.
        for (int i = 0; employees.size() < people; i++) {
            int u = 1 + i % unitCount;
            StaffType staff = u % 10 == 0 ? StaffType.PUBLIC_EMPLOYEE
                    : i % 25 == 0 ? StaffType.CONTRACT_WORKER : StaffType.CIVIL_SERVANT;
            person(null, prefix + String.format("P%03d", u), Leadership.NONE, staff);
        }
    }

    private void person(String givenId, String unit, Leadership leadership, StaffType staff) {
        String id = givenId != null ? givenId : prefix + String.format("CB%05d", employees.size() + 1);
        // About one person in 400 disciplined: a handful in 10,000.
        boolean disciplined = leadership == Leadership.NONE && random.nextInt(400) == 0;
        employees.add(new Employee(id, "Cán bộ " + id, unit, staff, leadership, null, generalCriteria(),
                disciplined, null, null, null, null));
        // Each person has a level of performance; their ten results scatter around it.
        double level = 0.65 + random.nextDouble() * 0.45;
        for (int k = 0; k < WEIGHTS.length; k++) {
            Polarity polarity = POLARITIES[k % POLARITIES.length];
            assignments.add(assignment(id, String.format("PI-%02d", k + 1), IndicatorKind.PI, polarity, WEIGHTS[k], level));
        }
    }

    /** Mostly 6.5 to 7.5 points per criterion (the most is 7.5), now and then lower. */
    private GeneralCriteria generalCriteria() {
        return new GeneralCriteria(criterion(), criterion(), criterion(), criterion());
    }

    private double criterion() {
        int roll = random.nextInt(20);
        return roll == 0 ? 5.0 : roll < 3 ? 6.0 : 6.5 + 0.5 * random.nextInt(3);
    }

    /**
     * Units mostly meet their cascaded targets (a leader's rating is capped hard when the unit
     * completes too few), but about one in ten misses one.
     */
    private void unitAssignments(String unit) {
        double level = 1.02 + random.nextDouble() * 0.2;
        assignments.add(assignment(unit, "KPI-" + unit + "-1", IndicatorKind.KPI, Polarity.HIGHER_IS_BETTER, 50, level));
        assignments.add(assignment(unit, "KPI-" + unit + "-2", IndicatorKind.KPI, Polarity.BINARY, 20, level));
        assignments.add(assignment(unit, "RI-" + unit + "-3", IndicatorKind.RI, Polarity.LOWER_IS_BETTER, 30, level));
    }

    /** An assignment whose result is about {@code level} of what was asked (1 = exactly met). */
    private Assignment assignment(String holder, String code, IndicatorKind kind, Polarity polarity, double weight, double level) {
        Indicator indicator = new Indicator(code, "Chỉ số " + code + " (" + polarity + ")", kind, polarity);
        double noise = level + (random.nextDouble() - 0.5) * 0.2;
        return switch (polarity) {
            case HIGHER_IS_BETTER -> {
                double target = 10 + random.nextInt(91);
                yield new Assignment(holder, indicator, target, weight, Math.round(target * noise * 10) / 10.0, null, null, null);
            }
            case LOWER_IS_BETTER -> {
                double target = 5 + random.nextInt(16);
                // Fewer than the target is better: a good level gives a smaller actual.
                yield new Assignment(holder, indicator, target, weight, (double) Math.max(0, Math.round(target * (2 - noise))), null, null, null);
            }
            case TARGET_RANGE -> {
                double target = 10 + random.nextInt(21);
                double off = Math.round(target * Math.abs(1 - noise));
                yield new Assignment(holder, indicator, target, weight, target + (random.nextBoolean() ? off : -off),
                        target * 1.5, null, null);
            }
            case BINARY -> new Assignment(holder, indicator, null, weight, noise >= 0.8 ? 1.0 : 0.0, null, null, null);
            case TASKS -> new Assignment(holder, indicator, null, weight, null, null, null, tasks(noise));
        };
    }

    private Tasks tasks(double level) {
        double assigned = 5 + random.nextInt(16);
        double done = Math.min(assigned, Math.round(assigned * Math.min(1, level)));
        double atQuality = Math.max(0, done - random.nextInt(2));
        double late = done > 0 ? random.nextInt(2) : 0;
        double onTime = done - late;
        double failed = atQuality > 0 && random.nextInt(10) == 0 ? 1 : 0;
        return new Tasks(assigned, done, atQuality, onTime, late, failed, null);
    }
}
