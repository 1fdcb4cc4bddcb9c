package vn.gov.sokhcn.kpi.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The work of every month, computed from the files: each unit's assignments ({@code unit-plan.csv})
 * measured by the unit's profile of the month; the Department's own assignments, whose targets and
 * actuals add up (or, for percentages, average) those of the units; each person's assignments by
 * unit and role ({@code person-plan.csv}) measured by the person's profile. A profile is the one of
 * {@code employees.csv} (units: N) unless {@code scenarios.csv} names another for that month;
 * {@code measurement-overrides.csv} replaces single figures. Nothing depends on the date of loading.
 */
final class DemoWorkPlan {
    static final String UNIT_PROFILE = "N";

    private final List<DemoMonth> months;
    private final List<DemoRow> units;
    private final String root;
    private final Map<String, List<DemoRow>> unitPlan;
    private final Map<String, List<DemoRow>> personPlan;
    private final List<DemoPerson> people = new ArrayList<>();
    private final Map<String, DemoIndicator> indicators;
    private final Map<String, DemoProfile> profiles;
    private final Map<String, String> scenarios;
    private final Map<String, Measured> overrides;

    DemoWorkPlan() {
        this("periods.csv");
    }

    /** The plan of the months listed in {@code periodsFile} (the year's close adds December from its own file). */
    DemoWorkPlan(String periodsFile) {
        months = DemoFiles.read(periodsFile).stream().filter(r -> r.text("kind").equals("MONTH"))
                .map(r -> new DemoMonth(r.text("code"), r.date("start_date"), r.date("end_date"), r.flag("pilot"))).toList();
        units = DemoFiles.read("units.csv");
        root = units.stream().filter(r -> r.optional("parent") == null).findFirst().orElseThrow().text("code");
        unitPlan = group(DemoFiles.read("unit-plan.csv"), r -> r.text("unit"));
        personPlan = group(DemoFiles.read("person-plan.csv"), r -> r.text("unit") + "/" + r.text("role"));
        List<DemoRow> leave = DemoFiles.read("leave-records.csv");
        List<DemoRow> employees = DemoFiles.read("employees.csv");
        for (int i = 0; i < employees.size(); i++) {
            people.add(DemoPerson.of(employees.get(i), i + 1, leave));
        }
        indicators = DemoFiles.read("indicators.csv").stream().map(DemoIndicator::of)
                .collect(Collectors.toMap(DemoIndicator::code, i -> i));
        profiles = DemoFiles.read("profiles.csv").stream().map(DemoProfile::of).collect(Collectors.toMap(DemoProfile::code, p -> p));
        scenarios = DemoFiles.read("scenarios.csv").stream()
                .collect(Collectors.toMap(r -> r.text("period") + "|" + r.text("holder"), r -> r.text("profile")));
        overrides = DemoFiles.read("measurement-overrides.csv").stream().collect(Collectors.toMap(
                r -> Planned.key(r.text("period"), holderKey(r.text("holder")), r.text("indicator")), Measured::of));
    }

    List<DemoMonth> months() {
        return months;
    }

    List<DemoPerson> people() {
        return people;
    }

    DemoProfile profileOf(DemoPerson person, DemoMonth month) {
        return profiles.get(scenarios.getOrDefault(month.code() + "|" + person.code(), person.profile()));
    }

    /** The units' assignments of a month, in the order of the units file. */
    List<Planned> unitAssignments(DemoMonth month) {
        List<Planned> planned = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u).text("code");
            if (unit.equals(root) || !unitPlan.containsKey(unit)) {
                continue;
            }
            DemoProfile profile = profiles.get(scenarios.getOrDefault(month.code() + "|" + unit, UNIT_PROFILE));
            planned.addAll(measured(month, "U:" + unit, 100 + u, profile, unitPlan.get(unit),
                    r -> r.optional("cascaded_from") == null ? null : Planned.key(month.code(), "U:" + root, r.text("cascaded_from"))));
        }
        return planned;
    }

    /** The Department's own assignments: the sum (or the average, for percentages) of the units' targets and actuals. */
    List<Planned> departmentAssignments(DemoMonth month, List<Planned> unitAssignments) {
        List<Planned> planned = new ArrayList<>();
        for (DemoRow row : unitPlan.get(root)) {
            DemoIndicator indicator = indicators.get(row.text("indicator"));
            List<Planned> parts = unitAssignments.stream().filter(p -> p.indicator().equals(indicator)).toList();
            if (parts.isEmpty()) {
                throw new IllegalStateException("Dữ liệu mẫu unit-plan.csv: chỉ số " + indicator.code() + " của Sở không giao cho đơn vị nào");
            }
            Measured measured = overrides.getOrDefault(Planned.key(month.code(), "U:" + root, indicator.code()),
                    Measured.value(combine(indicator, parts, p -> p.measured().actual()).doubleValue()));
            planned.add(new Planned(month, "U:" + root, indicator, combine(indicator, parts, Planned::target),
                    row.decimal("weight"), null, null, null, measured));
        }
        return planned;
    }

    /** The assignments of each person who works in the month, cascaded from their unit's assignment of the same indicator. */
    List<Planned> personAssignments(DemoMonth month) {
        List<Planned> planned = new ArrayList<>();
        for (DemoPerson person : people) {
            if (!person.worksIn(month)) {
                continue;
            }
            List<DemoRow> rows = personPlan.get(person.unit() + "/" + person.role());
            if (rows == null) {
                throw new IllegalStateException("Dữ liệu mẫu person-plan.csv: không có kế hoạch cho " + person.unit() + "/" + person.role());
            }
            Map<String, Boolean> unitIndicators = unitPlan.get(person.unit()).stream()
                    .collect(Collectors.toMap(r -> r.text("indicator"), r -> true));
            planned.addAll(measured(month, "E:" + person.code(), person.number(), profileOf(person, month), rows,
                    r -> unitIndicators.containsKey(r.text("indicator"))
                            ? Planned.key(month.code(), "U:" + person.unit(), r.text("indicator")) : null));
        }
        return planned;
    }

    private List<Planned> measured(DemoMonth month, String holder, int number, DemoProfile profile, List<DemoRow> rows,
                                   Function<DemoRow, String> cascadedFrom) {
        double jitter = DemoMeasures.jitter(number, month.number());
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DemoRow r = rows.get(i);
            DemoIndicator indicator = indicators.get(r.text("indicator"));
            double f = profile.factor(month.pilot(), jitter, i, rows.size());
            String key = Planned.key(month.code(), holder, indicator.code());
            Measured measured = overrides.getOrDefault(key,
                    DemoMeasures.measure(indicator, r.decimal("target"), f, (number + month.number()) % 2 == 0));
            planned.add(new Planned(month, holder, indicator, r.decimal("target"), r.decimal("weight"),
                    r.decimal("threshold"), r.decimal("stretch"), cascadedFrom.apply(r), measured));
        }
        return planned;
    }

    private static BigDecimal combine(DemoIndicator indicator, List<Planned> parts, Function<Planned, BigDecimal> value) {
        BigDecimal sum = parts.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return indicator.percent() ? sum.divide(BigDecimal.valueOf(parts.size()), 2, RoundingMode.HALF_UP).stripTrailingZeros() : sum;
    }

    private String holderKey(String code) {
        return units.stream().anyMatch(u -> u.text("code").equals(code)) ? "U:" + code : "E:" + code;
    }

    private static Map<String, List<DemoRow>> group(List<DemoRow> rows, Function<DemoRow, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
