package vn.gov.sokhcn.kpi.evaluation.api;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
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
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString MESSAGE = new SerializedString("message");

    private final JsonMapper json;

    EvaluationJsonWriter(JsonMapper json) {
        this.json = json;
    }

    void write(EvaluationResponse answer, Detail detail, OutputStream out) {
        boolean full = detail == Detail.FULL;
        // Every reason names one of a few dozen rules and a few hundred sources: each is encoded once.
        Map<String, SerializedString> encoded = new HashMap<>();
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
                reasons(g, e.reasons(), full, encoded);
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
                reasons(g, u.reasons(), full, encoded);
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

    /** A value that many reasons repeat, its JSON encoding made once per answer and copied after. */
    private static void repeated(JsonGenerator g, SerializedString name, String value, Map<String, SerializedString> encoded) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(encoded.computeIfAbsent(value, SerializedString::new));
        }
    }

    private static void reasons(JsonGenerator g, List<Reason> reasons, boolean withText, Map<String, SerializedString> encoded) {
        g.writeName("reasons").writeStartArray();
        for (Reason r : reasons) {
            g.writeStartObject();
            repeated(g, RULE, r.rule(), encoded);
            repeated(g, SOURCE, r.source(), encoded);
            if (withText) {
                g.writeName(MESSAGE).writeString(r.message());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
