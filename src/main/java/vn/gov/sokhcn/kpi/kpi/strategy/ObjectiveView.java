package vn.gov.sokhcn.kpi.kpi.strategy;

import java.util.List;

/** An objective as shown: its perspective and the objectives it drives by code. */
record ObjectiveView(Long id, String code, String name, String perspective, String description, List<String> effects) {
}
