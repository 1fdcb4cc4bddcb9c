package vn.gov.sokhcn.kpi.evaluation.api;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ways into the tree of examples/evaluation-request.json (units SO, QLKH, TTRA; employees
 * CB001..CB005; assignments 0-1 of QLKH, 2 of CB001, 3 (TASKS) and 4 (BINARY) of CB002, 5 (TASKS)
 * of CB003, 6 of CB004, 7 (TARGET_RANGE) of CB005), for tests that change one thing in it.
 */
final class ExampleRequests {

    private ExampleRequests() {
    }

    /** A number written into the body as is, for {@link #json}: a tree would not keep 1e400 as written. */
    static String raw(String number) {
        return "raw:" + number;
    }

    static String json(ObjectNode request) {
        return HttpCalls.JSON.writeValueAsString(request).replaceAll("\"raw:([^\"]*)\"", "$1");
    }

    static ArrayNode array(ObjectNode request, String name) {
        return request.has(name) ? (ArrayNode) request.get(name) : request.putArray(name);
    }

    static ObjectNode period(ObjectNode request) {
        return (ObjectNode) request.get("period");
    }

    static ObjectNode unit(ObjectNode request, int i) {
        return (ObjectNode) request.get("units").get(i);
    }

    static ObjectNode employee(ObjectNode request, int i) {
        return (ObjectNode) request.get("employees").get(i);
    }

    static ObjectNode criteria(ObjectNode request, int i) {
        return (ObjectNode) employee(request, i).get("generalCriteria");
    }

    static ObjectNode assignment(ObjectNode request, int i) {
        return (ObjectNode) request.get("assignments").get(i);
    }

    static ObjectNode indicator(ObjectNode request, int i) {
        return (ObjectNode) assignment(request, i).get("indicator");
    }

    static ObjectNode tasks(ObjectNode request, int i) {
        return (ObjectNode) assignment(request, i).get("tasks");
    }
}
