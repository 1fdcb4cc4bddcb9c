package vn.gov.sokhcn.kpi.evaluation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.benchmark.SyntheticOrganisation;

/**
 * The answer of {@code POST /api/evaluations} written as it goes, in full or as a summary
 * ({@code ?detail=summary}), over real HTTP; the same context as {@link EvaluationHttpTest}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class EvaluationDetailHttpTest {
    @LocalServerPort
    int port;

    @Autowired
    EvaluationService service;

    @Autowired
    JsonMapper json;

    @Test
    void shouldWriteTheFullAnswerExactlyAsJacksonWritesTheResponse() {
        var request = HttpCalls.exampleRequest();
        HttpCalls.Reply reply = new HttpCalls(port).postEvaluation(request, "?detail=full");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(json.writeValueAsString(service.evaluate(json.treeToValue(request, EvaluationRequest.class))));
    }

    @Test
    void shouldSummariseWithScoresRatingsAndEachReasonsRuleAndCellWithoutItsText() {
        HttpCalls http = new HttpCalls(port);
        JsonNode full = http.postEvaluation(HttpCalls.exampleRequest()).json();
        HttpCalls.Reply reply = http.postEvaluation(HttpCalls.exampleRequest(), "?detail=summary");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode summary = reply.json();
        assertThat(summary.propertyNames()).containsExactly("ruleSet", "regime", "regimeLabel", "period", "employees", "units");
        JsonNode cb001 = summary.at("/employees/0");
        assertThat(cb001.propertyNames()).containsExactly("id", "name", "unit", "score", "taskScore", "generalScore", "rating",
                "ratingLabel", "quotaTie", "reasons");
        assertThat(cb001.get("id").asString()).isEqualTo("CB001");
        assertThat(cb001.get("score").decimalValue()).isEqualByComparingTo("99.50");
        assertThat(cb001.get("rating").asString()).isEqualTo("HTTNV");
        assertThat(summary.at("/units/0").propertyNames()).containsExactly("code", "name", "score", "rating", "ratingLabel", "reasons");
        for (int i = 0; i < full.get("employees").size(); i++) {
            JsonNode fullReasons = full.at("/employees/" + i + "/reasons");
            JsonNode summaryReasons = summary.at("/employees/" + i + "/reasons");
            assertThat(summaryReasons.size()).isEqualTo(fullReasons.size());
            for (int r = 0; r < fullReasons.size(); r++) {
                assertThat(summaryReasons.get(r).propertyNames()).containsExactly("rule", "source");
                assertThat(summaryReasons.get(r).get("rule")).isEqualTo(fullReasons.get(r).get("rule"));
                assertThat(summaryReasons.get(r).get("source")).isEqualTo(fullReasons.get(r).get("source"));
            }
            assertThat(summary.at("/employees/" + i + "/score")).isEqualTo(full.at("/employees/" + i + "/score"));
            assertThat(summary.at("/employees/" + i + "/rating")).isEqualTo(full.at("/employees/" + i + "/rating"));
        }
    }

    @Test
    void shouldStreamALargeAnswerAsJsonThatCanBeReadAsItComes() throws Exception {
        JsonNode request = json.valueToTree(SyntheticOrganisation.province(1, 10, 300));
        HttpResponse<InputStream> response = new HttpCalls(port).postEvaluationStreamed(request, "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        // Written as it goes: no length known up front, the body comes in chunks.
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
        assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        List<String> ids = new ArrayList<>();
        try (InputStream body = response.body(); JsonParser parser = json.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("id")) { // only people have an id
                    ids.add(parser.nextStringValue());
                }
            }
        }
        assertThat(ids).hasSize(300).startsWith("D1-CB00001", "D1-CB00002").endsWith("D1-CB00300");
    }

    @Test
    void shouldDocumentDetailAndTheAnswerInTheOpenApiDescription() {
        JsonNode post = new HttpCalls(port).get("/v3/api-docs").json().at("/paths/~1api~1evaluations/post");

        JsonNode detail = post.get("parameters").valueStream().filter(p -> p.get("name").asString().equals("detail")).findFirst().orElseThrow();
        assertThat(detail.get("in").asString()).isEqualTo("query");
        assertThat(detail.get("required").asBoolean()).isFalse();
        assertThat(detail.at("/schema/enum").valueStream().map(JsonNode::asString).toList()).containsExactly("full", "summary");
        assertThat(post.get("description").asString()).contains("detail=summary", "rule, source");
        assertThat(post.at("/responses/200/content/application~1json/schema/$ref").asString()).endsWith("/EvaluationResponse");
    }

    @Test
    void shouldRefuseAnUnknownDetailNamingTheParameter() {
        HttpCalls.Reply reply = new HttpCalls(port).postEvaluation(HttpCalls.exampleRequest(), "?detail=verbose");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().at("/errors/0/field").asString()).isEqualTo("detail");
        assertThat(reply.json().at("/errors/0/message").asString())
                .isEqualTo("Giá trị «verbose» không hợp lệ; chỉ nhận full (đầy đủ) hoặc summary (tóm tắt)");
        assertThat(reply.json().at("/errors").size()).isEqualTo(1);
    }
}
