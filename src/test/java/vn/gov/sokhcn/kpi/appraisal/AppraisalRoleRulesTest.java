package vn.gov.sokhcn.kpi.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import vn.gov.sokhcn.kpi.appraisal.AppraisalHttp.Reply;

/**
 * Who may call each endpoint of the procedure, on one cycle of the test agency DGA: every refused user
 * first (403, problem details naming the reason, nothing written), then the one allowed. «head» and
 * «staff» are the demo's QLKH head and officer, outside DGA.
 */
@SpringBootTest(properties = "kpi.demo-data.enabled=true")
@AutoConfigureMockMvc
class AppraisalRoleRulesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    AppraisalHttp http;
    String period;
    final List<String> mismatches = new ArrayList<>();

    @BeforeEach
    void data() {
        AppraisalData data = new AppraisalData(jdbc);
        data.ensure(encoder.encode("demo"));
        http = new AppraisalHttp(mvc);
        period = data.newPeriod();
    }

    @Test
    void shouldLetOnlyThePersonTheirHeadTheCompetentPersonAndHrTakeEachStep() throws Exception {
        assertThat(mvc.perform(get("/api/appraisal-cycles")).andReturn().getResponse().getStatus()).isEqualTo(401);
        String openBody = """
                {"period":"%s","agency":"DGA","selfAssessmentDue":"%s","reviewDue":"%s","decisionDue":"%s"}"""
                .formatted(period, LocalDate.now(), LocalDate.now().plusDays(5), LocalDate.now().plusDays(9));
        refused("/api/appraisal-cycles", openBody, "expert", "dg-director", "dg03");
        Reply opened = http.post("hr", "/api/appraisal-cycles", openBody);
        assertThat(opened.status()).isEqualTo(201);
        long cycle = opened.json().path("id").asLong();
        Map<String, Long> ids = new LinkedHashMap<>();
        opened.json().path("appraisals").forEach(a -> ids.put(a.path("employee").asString(), a.path("id").asLong()));
        String dg04 = "/api/appraisals/" + ids.get("DG04");

        for (String user : List.of("hr", "admin", "expert", "dg-director", "dg-head", "dg03", "staff", "head")) {
            expect(http.get(user, "/api/appraisal-cycles/" + cycle), 200, "GET cycle as " + user);
            expect(http.get(user, "/api/appraisal-cycles?period=" + period), 200, "GET cycles as " + user);
        }
        for (String user : List.of("hr", "admin", "expert", "dg-director", "dg-head", "dg04")) {
            expect(http.get(user, dg04), 200, "GET appraisal as " + user);
        }
        for (String user : List.of("dg03", "staff", "head")) {
            expect(http.get(user, dg04), 403, "GET appraisal as " + user);
        }
        String self = """
                {"text":"Tự đánh giá","proposedRating":"HTXSNV","criteria":{"politics":7,"ethics":7,"style":7,"discipline":7}}""";
        refused(dg04 + "/self-assessment", self, "hr", "admin", "expert", "dg-head", "dg-director", "dg03");
        expect(http.post("dg04", dg04 + "/self-assessment", self), 200, "self-assessment as dg04");
        String review = """
                {"meetingDate":"%s","present":5,"summary":"Nhất trí","proposedRating":"HTXSNV"}""".formatted(LocalDate.now());
        refused(dg04 + "/unit-review", review, "expert", "dg04", "dg03", "head", "staff");
        expect(http.post("dg-head", dg04 + "/unit-review", review), 200, "unit review as dg-head");
        String decision = "{\"rating\":\"HTXSNV\"}";
        refused(dg04 + "/decision", decision, "hr", "admin", "expert", "dg-head", "dg04", "head");
        expect(http.post("dg-director", dg04 + "/decision", decision), 200, "decision as dg-director");
        for (String path : List.of("/publish", "/re-evaluation")) {
            refused("/api/appraisal-cycles/" + cycle + path, null, "expert", "dg-director", "dg-head", "dg03");
        }
        decideTheOthers(ids);
        expect(http.post("hr", "/api/appraisal-cycles/" + cycle + "/publish", null), 200, "publish as hr");
        String complaint = "{\"text\":\"Đề nghị xem lại\"}";
        refused(dg04 + "/complaints", complaint, "hr", "admin", "expert", "dg-director", "dg-head", "dg03");
        Reply filed = http.post("dg04", dg04 + "/complaints", complaint);
        expect(filed, 201, "complaint as dg04");
        String resolution = "/api/appraisal-complaints/" + filed.json().path("complaint").asLong() + "/resolution";
        String rejected = "{\"outcome\":\"REJECTED\",\"reason\":\"Đúng quy định\"}";
        refused(resolution, rejected, "hr", "admin", "expert", "dg-head", "dg04");
        expect(http.post("dg-director", resolution, rejected), 200, "resolution as dg-director");

        assertThat(mismatches).isEmpty();
    }

    private void decideTheOthers(Map<String, Long> ids) throws Exception {
        String review = """
                {"meetingDate":"%s","present":5,"summary":"Nhất trí","proposedRating":"HTTNV"}""".formatted(LocalDate.now());
        for (String code : List.of("DG02", "DG03", "DG05")) {
            http.post("dg-director", "/api/appraisals/" + ids.get(code) + "/unit-review", review);
            JsonNode a = http.get("hr", "/api/appraisals/" + ids.get(code)).json();
            http.post("dg-director", "/api/appraisals/" + ids.get(code) + "/decision",
                    "{\"rating\":\"" + a.path("proposed").path("rating").asString() + "\"}");
        }
        http.post("hr", "/api/appraisals/" + ids.get("DG01") + "/unit-review", review);
        http.post("hr", "/api/appraisals/" + ids.get("DG01") + "/decision", "{\"rating\":\"HTXSNV\",\"superiorDecisionNo\":\"1/QĐ\"}");
    }

    /** Each user is refused (403 problem details), and nothing of the appraisal tables changes. */
    private void refused(String path, String body, String... users) throws Exception {
        long before = rows();
        for (String user : users) {
            Reply reply = http.post(user, path, body);
            expect(reply, 403, "POST " + path + " as " + user);
            if (reply.status() == 403 && !reply.json().path("type").asString().equals("urn:kpi:problem:forbidden")) {
                mismatches.add("POST " + path + " as " + user + ": " + reply.json());
            }
        }
        if (rows() != before) {
            mismatches.add("POST " + path + " refused but wrote rows");
        }
    }

    private void expect(Reply reply, int status, String what) {
        if (reply.status() != status) {
            mismatches.add(what + ": " + reply.status() + " " + reply.json());
        }
    }

    private long rows() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM appraisal_cycles) + (SELECT COUNT(*) FROM appraisal_steps)
                     + (SELECT COUNT(*) FROM appraisal_decisions) + (SELECT COUNT(*) FROM appraisal_complaints)""")
                .query(Long.class).single();
    }
}
