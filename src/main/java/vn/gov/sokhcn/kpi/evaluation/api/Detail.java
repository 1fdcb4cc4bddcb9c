package vn.gov.sokhcn.kpi.evaluation.api;

import java.util.List;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;

/**
 * How much of an answer to write: {@code full} (the default) or {@code summary}: scores, ratings and
 * each reason's rule and source cell, without the reasons' sentences or the achievements, which
 * make most of a large answer.
 */
enum Detail {
    FULL, SUMMARY;

    /** The value of the {@code detail} query parameter; absent is {@code full}, anything else a 400 naming it. */
    static Detail of(String value) {
        if (value == null || value.equals("full")) {
            return FULL;
        }
        if (value.equals("summary")) {
            return SUMMARY;
        }
        throw new InvalidRequestException(List.of(new FieldProblem("detail",
                "Giá trị «" + value + "» không hợp lệ; chỉ nhận full (đầy đủ) hoặc summary (tóm tắt)")));
    }
}
