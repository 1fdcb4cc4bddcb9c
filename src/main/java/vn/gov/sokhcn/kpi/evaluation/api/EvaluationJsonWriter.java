package vn.gov.sokhcn.kpi.evaluation.api;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.AchievementResult;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.EmployeeResult;
import vn.gov.sokhcn.kpi.evaluation.api.EvaluationResponse.UnitResult;

/**
 * Writes an answer straight to the response with Jackson's streaming generator, person by person,
 * so a large answer (tens of megabytes, mostly reasons) is never held as a whole tree or text. The
 * full answer is field for field what Jackson makes of {@link EvaluationResponse}; the summary
 * leaves out the achievements and the reasons' sentences.
 */
@Component
class EvaluationJsonWriter {
    private final JsonMapper json;

    EvaluationJsonWriter(JsonMapper json) {
        this.json = json;
    }

    void write(EvaluationResponse answer, Detail detail, OutputStream out) {
        boolean full = detail == Detail.FULL;
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("ruleSet").writeStartObject()
                    .writeNumberProperty("version", answer.ruleSet().version())
                    .writeStringProperty("sha256", answer.ruleSet().sha256()).writeEndObject();
            g.writeStringProperty("regime", answer.regime()).writeStringProperty("regimeLabel", answer.regimeLabel());
            var p = answer.period();
            g.writeName("period").writeStartObject().writeStringProperty("code", p.code()).writeStringProperty("kind", p.kind())
                    .writeStringProperty("start", p.start()).writeStringProperty("end", p.end()).writeEndObject();
            g.writeName("employees").writeStartArray();
            for (EmployeeResult e : answer.employees()) {
                g.writeStartObject().writeStringProperty("id", e.id()).writeStringProperty("name", e.name())
                        .writeStringProperty("unit", e.unit());
                number(g, "score", e.score());
                number(g, "taskScore", e.taskScore());
                number(g, "generalScore", e.generalScore());
                g.writeStringProperty("rating", e.rating()).writeStringProperty("ratingLabel", e.ratingLabel())
                        .writeBooleanProperty("quotaTie", e.quotaTie());
                if (full) {
                    achievements(g, e.achievements());
                }
                reasons(g, e.reasons(), full);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("units").writeStartArray();
            for (UnitResult u : answer.units()) {
                g.writeStartObject().writeStringProperty("code", u.code()).writeStringProperty("name", u.name());
                number(g, "score", u.score());
                g.writeStringProperty("rating", u.rating()).writeStringProperty("ratingLabel", u.ratingLabel());
                if (full) {
                    achievements(g, u.achievements());
                }
                reasons(g, u.reasons(), full);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) {
        if (value == null) {
            g.writeNullProperty(name);
        } else {
            g.writeNumberProperty(name, value);
        }
    }

    private static void achievements(JsonGenerator g, List<AchievementResult> achievements) {
        g.writeName("achievements").writeStartArray();
        for (AchievementResult a : achievements) {
            g.writeStartObject().writeStringProperty("indicator", a.indicator());
            number(g, "weight", a.weight());
            number(g, "achievement", a.achievement());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void reasons(JsonGenerator g, List<Reason> reasons, boolean withText) {
        g.writeName("reasons").writeStartArray();
        for (Reason r : reasons) {
            g.writeStartObject().writeStringProperty("rule", r.rule()).writeStringProperty("source", r.source());
            if (withText) {
                g.writeStringProperty("message", r.message());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
