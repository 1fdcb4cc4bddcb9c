package vn.gov.sokhcn.kpi.organisation;

import java.time.LocalDate;

record AssessmentView(Long id, String employee, String competency, int assessedLevel, LocalDate assessedOn,
                      String assessor, String note) {

    static AssessmentView of(CompetencyAssessment a, String employeeCode, String competencyCode) {
        return new AssessmentView(a.id(), employeeCode, competencyCode, a.assessedLevel(), a.assessedOn(), a.assessor(),
                a.note());
    }
}
