package vn.gov.sokhcn.kpi.demo;

import java.time.LocalDate;
import java.util.List;

/** A person of {@code demo/employees.csv}, with their leave, as the generator sees them. */
record DemoPerson(String code, String unit, String role, int number, LocalDate start, LocalDate end, String profile,
                  List<DemoRow> leave) {

    static DemoPerson of(DemoRow r, int number, List<DemoRow> leave) {
        String leadership = r.text("leadership");
        String role = !leadership.equals("NONE") ? leadership
                : r.text("staff_type").equals("CONTRACT_WORKER") ? "CONTRACT" : "STAFF";
        return new DemoPerson(r.text("code"), r.text("unit"), role, number, r.date("start_date"), r.date("end_date"),
                r.text("profile"), leave.stream().filter(l -> l.text("employee").equals(r.text("code"))).toList());
    }

    boolean employedIn(DemoMonth m) {
        return !start.isAfter(m.end()) && (end == null || !end.isBefore(m.start()));
    }

    /** Employed in the month and not on leave for all of it: such a person has work assigned. */
    boolean worksIn(DemoMonth m) {
        if (!employedIn(m)) {
            return false;
        }
        LocalDate last = end == null || end.isAfter(m.end()) ? m.end() : end;
        for (LocalDate day = start.isAfter(m.start()) ? start : m.start(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!onLeave(day)) {
                return true;
            }
        }
        return false;
    }

    private boolean onLeave(LocalDate day) {
        return leave.stream().anyMatch(l -> !day.isBefore(l.date("start_date")) && !day.isAfter(l.date("end_date")));
    }
}
