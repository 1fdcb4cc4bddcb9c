package vn.gov.sokhcn.kpi.outcome.training;

/** A competency the person's position requires, with the level required and the latest level assessed. */
public record CompetencyGap(String employee, String competency, String competencyName, int required, int assessed) {

    public int gap() {
        return required - assessed;
    }
}
