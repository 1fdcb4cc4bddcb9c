package vn.gov.sokhcn.kpi.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A position as the API shows it: required competencies by code, in code order. */
record PositionView(Long id, String code, String name, String jobDescription, List<RequirementView> competencies) {

    record RequirementView(String competency, int requiredLevel) {
    }

    static PositionView of(Position p, Map<Long, String> competencyCodes) {
        List<RequirementView> required = p.competencies().stream()
                .map(r -> new RequirementView(competencyCodes.get(r.competencyId()), r.requiredLevel()))
                .sorted(Comparator.comparing(RequirementView::competency))
                .toList();
        return new PositionView(p.id(), p.code(), p.name(), p.jobDescription(), required);
    }
}
