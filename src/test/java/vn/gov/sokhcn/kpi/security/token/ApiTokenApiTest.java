package vn.gov.sokhcn.kpi.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.TestUsers;

/**
 * API tokens over HTTP: an administrator creates one (shown once, only its hash stored), another system uses it
 * as {@code Authorization: Bearer …} within its role and scope, and a wrong, expired or revoked one gets 401.
 * Shares the context of the other MockMvc tests: the units, people and tokens it adds are removed after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenApiTest {
    private static final String FUTURE = LocalDateTime.now().plusDays(30).withNano(0).toString();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    TokenUses uses;

    @BeforeEach
    void twoUnits() {
        jdbc.sql("INSERT INTO units (code, name) VALUES ('TKA', 'Phòng A'), ('TKB', 'Phòng B')").update();
        jdbc.sql("INSERT INTO units (code, name, parent_id) SELECT 'TKA1', 'Tổ A1', id FROM units WHERE code = 'TKA'").update();
        for (String[] person : new String[][] {{"TK01", "TKA"}, {"TK02", "TKA1"}, {"TK03", "TKB"}}) {
            jdbc.sql("""
                    INSERT INTO employees (code, full_name, unit_id, staff_type, leadership, start_date)
                    SELECT ?, 'Người ' || ?, id, 'CIVIL_SERVANT', 'NONE', DATE '2020-01-01' FROM units WHERE code = ?""")
                    .params(person[0], person[0], person[1]).update();
        }
    }

    @AfterEach
    void removeWhatThisTestAdded() {
        uses.flush();
        jdbc.sql("DELETE FROM api_tokens").update();
        jdbc.sql("DELETE FROM employees WHERE code IN ('TK01', 'TK02', 'TK03')").update();
        jdbc.sql("DELETE FROM units WHERE code = 'TKA1'").update();
        jdbc.sql("DELETE FROM units WHERE code IN ('TKA', 'TKB')").update();
    }

    @Test
    void shouldShowTheTokenOnceAndStoreOnlyItsHash() throws Exception {
        MvcResult created = create("admin", "{'name':'Hệ thống nhân sự','role':'HR_OFFICER','expiresAt':'" + FUTURE + "'}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(containsString("kpi_")))
                .andExpect(jsonPath("$.apiToken.name").value("Hệ thống nhân sự"))
                .andExpect(jsonPath("$.apiToken.role").value("HR_OFFICER"))
                .andExpect(jsonPath("$.apiToken.createdBy").value("admin"))
                .andExpect(jsonPath("$.apiToken.state").value("Còn hiệu lực"))
                .andReturn();
        String token = token(created);
        assertThat(created.getResponse().getHeader("Location")).startsWith("/api/api-tokens/");
        String hash = jdbc.sql("SELECT token_hash FROM api_tokens").query(String.class).single();
        assertThat(hash).isEqualTo(TokenSecrets.hash(token)).doesNotContain(token.substring(4));

        String list = mvc.perform(get("/api/api-tokens").header("Authorization", TestUsers.basic("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", contains("Hệ thống nhân sự")))
                .andExpect(jsonPath("$[0].prefix").value(token.substring(0, 12)))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(token).doesNotContain(hash).doesNotContain("\"token\"");
    }

    @Test
    void shouldLetTheTokenCallTheApiWithoutASessionAndAuditEachUse() throws Exception {
        String token = token(create("admin", "{'name':'hrm','role':'HR_OFFICER','expiresAt':'" + FUTURE + "'}")
                .andExpect(status().isCreated()).andReturn());

        MvcResult answered = mvc.perform(get("/api/employees").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn();
        assertThat(answered.getRequest().getSession(false)).isNull();
        mvc.perform(get("/api/units").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        uses.flush();

        assertThat(jdbc.sql("SELECT use_count FROM api_tokens WHERE name = 'hrm'").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT last_used_at FROM api_tokens WHERE name = 'hrm'").query(LocalDateTime.class).single())
                .isNotNull();
        assertThat(auditDetails("API_TOKEN_USED", "hrm")).containsExactly("GET /api/employees → 200", "GET /api/units → 200");
        assertThat(jdbc.sql("SELECT DISTINCT actor FROM audit_events WHERE action = 'API_TOKEN_USED' AND object_id = 'hrm'")
                .query(String.class).list()).containsExactly("token:hrm");
        assertThat(auditDetails("API_TOKEN_CREATED", "hrm")).singleElement().asString()
                .startsWith("Cấp mã truy cập «hrm» (" + token.substring(0, 12) + "…, vai trò Cán bộ tổ chức - nhân sự");
    }

    @Test
    void shouldRefuseAWrongTokenInVietnamese() throws Exception {
        mvc.perform(get("/api/employees").header("Authorization", "Bearer kpi_" + "x".repeat(43)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"kpi\", error=\"invalid_token\""))
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:invalid-token"))
                .andExpect(jsonPath("$.title").value("Mã truy cập không hợp lệ"))
                .andExpect(jsonPath("$.detail").value(containsString("Mã truy cập không đúng.")));
        mvc.perform(get("/api/employees").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void shouldRefuseAnExpiredToken() throws Exception {
        String token = token(create("admin", "{'name':'cũ','role':'EXPERT','expiresAt':'" + FUTURE + "'}").andReturn());
        jdbc.sql("UPDATE api_tokens SET expires_at = ? WHERE name = 'cũ'").param(LocalDateTime.now().minusMinutes(1)).update();

        mvc.perform(get("/api/employees").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("Mã truy cập «cũ» (" + token.substring(0, 12)
                        + "…) đã hết hạn lúc")));
    }

    @Test
    void shouldRefuseARevokedTokenAndAuditTheRevocation() throws Exception {
        MvcResult created = create("admin", "{'name':'bi-thu-hoi','role':'EXPERT','expiresAt':'" + FUTURE + "'}").andReturn();
        String token = token(created);
        long id = json.readTree(created.getResponse().getContentAsString()).get("apiToken").get("id").asLong();
        mvc.perform(get("/api/employees").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(delete("/api/api-tokens/" + id).header("Authorization", TestUsers.basic("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("Đã thu hồi"))
                .andExpect(jsonPath("$.revokedBy").value("admin"));
        mvc.perform(get("/api/employees").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("Mã truy cập «bi-thu-hoi» (" + token.substring(0, 12)
                        + "…) đã bị thu hồi lúc")));
        mvc.perform(delete("/api/api-tokens/" + id).header("Authorization", TestUsers.basic("admin")))
                .andExpect(status().isConflict());
        assertThat(auditDetails("API_TOKEN_REVOKED", "bi-thu-hoi"))
                .containsExactly("Thu hồi mã truy cập «bi-thu-hoi» (" + token.substring(0, 12) + "…)");
    }

    @Test
    void shouldLimitATokenToItsScopeAndRole() throws Exception {
        String unitToken = token(create("admin", "{'name':'quận','role':'UNIT_HEAD','scope':'TKA','expiresAt':'"
                + FUTURE + "'}").andExpect(status().isCreated()).andReturn());

        mvc.perform(get("/api/employees").header("Authorization", "Bearer " + unitToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", contains("TK01", "TK02")));
        mvc.perform(get("/api/employees/TK03").header("Authorization", "Bearer " + unitToken))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/evaluations").header("Authorization", "Bearer " + unitToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:forbidden"));

        String adminToken = token(create("admin", "{'name':'quản trị máy','role':'ADMIN','expiresAt':'" + FUTURE + "'}")
                .andReturn());
        mvc.perform(post("/api/api-tokens").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"con\",\"role\":\"ADMIN\",\"expiresAt\":\"" + FUTURE + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("không được tạo hay thu hồi mã truy cập")));
    }

    @Test
    void shouldLetOnlyAnAdministratorManageTokens() throws Exception {
        create("hr", "{'name':'x','role':'HR_OFFICER','expiresAt':'" + FUTURE + "'}").andExpect(status().isForbidden());
        mvc.perform(get("/api/api-tokens").header("Authorization", TestUsers.basic("expert")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens").query(Long.class).single()).isZero();
    }

    @Test
    void shouldNameEveryBadFieldInVietnamese() throws Exception {
        create("admin", "{'name':' ','role':'EMPLOYEE','scope':'KHONG','expiresAt':'2020-01-01T00:00:00'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.name", "$.role", "$.scope", "$.expiresAt")))
                .andExpect(jsonPath("$.errors[2].message").value("Không có đơn vị mã «KHONG»"));
        create("admin", "{'name':'đơn vị','role':'UNIT_HEAD','expiresAt':'" + FUTURE + "'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("$.scope"));
        create("admin", "{'name':'a','role':'EXPERT','expiresAt':'" + FUTURE + "'}").andExpect(status().isCreated());
        create("admin", "{'name':'a','role':'EXPERT','expiresAt':'" + FUTURE + "'}").andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens").query(Long.class).single()).isOne();
    }

    private ResultActions create(String user, String body) throws Exception {
        return mvc.perform(post("/api/api-tokens").header("Authorization", TestUsers.basic(user))
                .contentType(MediaType.APPLICATION_JSON).content(body.replace('\'', '"')));
    }

    private String token(MvcResult created) throws Exception {
        return json.readTree(created.getResponse().getContentAsString()).get("token").asString();
    }

    private List<String> auditDetails(String action, String tokenName) {
        return jdbc.sql("SELECT detail FROM audit_events WHERE action = ? AND object_id = ? ORDER BY id")
                .params(action, tokenName).query(String.class).list();
    }
}
