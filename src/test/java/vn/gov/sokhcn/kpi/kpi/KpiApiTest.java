package vn.gov.sokhcn.kpi.kpi;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The KPI endpoints through Spring MVC against the real schema. Every test starts from an empty
 * database (the tables are emptied in foreign-key order with standard SQL, so the same tests run on
 * PostgreSQL); ids are never assumed, codes are.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class KpiApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void emptyDatabase() {
        jdbc.sql("UPDATE assignments SET cascaded_from_id = NULL").update();
        jdbc.sql("UPDATE units SET parent_id = NULL").update();
        for (String table : new String[] {"appraisal_complaints", "appraisal_decisions", "appraisal_steps", "appraisals",
                "appraisal_cycles", "run_results", "evaluation_runs", "measurements", "assignments", "general_criteria",
                "quota_exemptions", "discipline_records", "unit_sanctions", "leave_records", "competency_assessments",
                "indicators", "csfs", "objective_links", "objectives", "perspectives", "periods", "employees",
                "position_competencies", "positions", "competencies", "units"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    protected Reply GET(String path) {
        return send(get(path));
    }

    /** A POST with a JSON body, or with none when {@code body} is null. */
    protected Reply POST(String path, String body) {
        return send(body == null ? post(path) : post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected Reply PUT(String path, String body) {
        return send(put(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected Reply DELETE(String path) {
        return send(delete(path));
    }

    private Reply send(MockHttpServletRequestBuilder request) {
        try {
            MvcResult result = mvc.perform(request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("hr", "demo"))).andReturn();
            return new Reply(result.getResponse().getStatus(), result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    protected long unit(String code, String parent, boolean agency) {
        jdbc.sql("INSERT INTO units (code, name, parent_id, agency) VALUES (:code, :name, :parent, :agency)")
                .param("code", code).param("name", "Đơn vị " + code)
                .param("parent", parent == null ? null : id("units", parent)).param("agency", agency).update();
        return id("units", code);
    }

    protected long employee(String code, String unit) {
        return employee(code, unit, "2020-01-01", null);
    }

    protected long employee(String code, String unit, String start, String end) {
        jdbc.sql("""
                INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, start_date, end_date)
                VALUES (:code, :name, :unit, 'CIVIL_SERVANT', 'NONE', :start, :end)""")
                .param("code", code).param("name", "Cán bộ " + code).param("unit", id("units", unit))
                .param("start", java.time.LocalDate.parse(start))
                .param("end", end == null ? null : java.time.LocalDate.parse(end)).update();
        return id("employees", code);
    }

    /** A perspective STAKEHOLDERS with objective MT-01, and the indicator asked for under it. */
    protected void indicator(String code, String polarity, String ownerLevel) {
        if (count("objectives") == 0) {
            POST("/api/strategy-map/perspectives", "{\"code\": \"STAKEHOLDERS\", \"name\": \"Người dân và doanh nghiệp\"}");
            POST("/api/strategy-map/objectives", "{\"code\": \"MT-01\", \"name\": \"Hài lòng\", \"perspective\": \"STAKEHOLDERS\"}");
        }
        expect(201, POST("/api/indicators", """
                {"code": "%s", "name": "Chỉ số %s", "kind": "KPI", "polarity": "%s", "frequency": "MONTH",
                 "ownerLevel": "%s", "objective": "MT-01"}""".formatted(code, code, polarity, ownerLevel)));
    }

    protected void period(String code) {
        expect(201, POST("/api/periods", "{\"code\": \"" + code + "\"}"));
    }

    /** An assignment to a unit ({@code unit} true) or a person; its id. */
    protected long assign(String period, String indicator, String holder, boolean unit, String weight) {
        Reply reply = POST("/api/assignments", """
                {"period": "%s", "indicator": "%s", "%s": "%s", "target": 10, "weight": %s}"""
                .formatted(period, indicator, unit ? "unit" : "employee", holder, weight));
        return expect(201, reply).json().get("id").asLong();
    }

    protected static Reply expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " but was " + reply.status() + ": " + reply.body());
        }
        return reply;
    }

    protected long id(String table, String code) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE code = :code").param("code", code).query(Long.class).single();
    }

    public record Reply(int status, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The message of the one bad field of a 400, or a failure naming what came instead. */
        public String error(String field) {
            for (JsonNode e : json().path("errors")) {
                if (e.get("field").asString().equals(field)) {
                    return e.get("message").asString();
                }
            }
            throw new AssertionError("no error at " + field + " in " + body);
        }

        public String detail() {
            return json().get("detail").asString();
        }
    }
}
