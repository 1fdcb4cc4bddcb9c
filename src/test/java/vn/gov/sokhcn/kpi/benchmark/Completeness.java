package vn.gov.sokhcn.kpi.benchmark;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Whether the answer rates everyone and every unit, and how the ratings fall. */
record Completeness(int people, int expectedPeople, int units, int expectedUnits, Map<String, Integer> ratings) {

    static Completeness of(JsonNode response, int expectedPeople, int expectedUnits) {
        Map<String, Integer> ratings = new TreeMap<>();
        for (JsonNode employee : response.get("employees")) {
            ratings.merge(employee.get("rating").asString(), 1, Integer::sum);
        }
        return new Completeness(response.get("employees").size(), expectedPeople, response.get("units").size(),
                expectedUnits, ratings);
    }

    /** Everyone answered and rated: NOT_RATED would mean the synthetic data or the rules left someone out. */
    boolean complete() {
        int rated = ratings.entrySet().stream().filter(e -> !e.getKey().equals("NOT_RATED")).mapToInt(Map.Entry::getValue).sum();
        return people == expectedPeople && units == expectedUnits && rated == expectedPeople;
    }

    @Override
    public String toString() {
        return String.format("%s: %,d of %,d people, %d of %d units; ratings %s", complete() ? "yes" : "NO",
                people, expectedPeople, units, expectedUnits, ratings);
    }
}
