package vn.gov.sokhcn.kpi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.sokhcn.kpi.audit.Users.admin;
import static vn.gov.sokhcn.kpi.audit.Users.expert;
import static vn.gov.sokhcn.kpi.audit.Users.hr;
import static vn.gov.sokhcn.kpi.audit.Users.staff;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.security.KpiPrincipal;
import vn.gov.sokhcn.kpi.security.Role;

/**
 * The audit log (issue 5): data edits with before and after, nothing left by an edit that fails or rolls
 * back, logins, reading with filters and paging for administrators and HR officers only, and no way to
 * change or delete an event (405 over HTTP, a refusal of the database itself).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogApiTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void shouldRecordAnEmployeeEditWithItsStateBeforeAndAfter() throws Exception {
        send(post("/api/units"), hr(), "{'code':'AU-KHTC','name':'Phòng Kiểm tra nội bộ'}").andExpect(status().isCreated());
        send(post("/api/employees"), hr(), "{'code':'AU-CB1','fullName':'Nguyễn Văn An','unit':'AU-KHTC','staffType':'CIVIL_SERVANT',"
                + "'leadership':'NONE','startDate':'2020-01-01'}").andExpect(status().isCreated());
        send(put("/api/employees/AU-CB1"), hr(), "{'code':'AU-CB1','fullName':'Nguyễn Văn Ân','unit':'AU-KHTC','staffType':'CIVIL_SERVANT',"
                + "'leadership':'NONE','startDate':'2020-01-01','endDate':'2026-06-30'}").andExpect(status().isOk());

        JsonNode page = read(get("/api/audit").param("objectType", "Employee").param("objectId", "AU-CB1"), hr());
        assertThat(page.get("total").asInt()).isEqualTo(2);
        JsonNode updated = page.at("/items/0");
        assertThat(updated.get("action").asString()).isEqualTo("UPDATED");
        assertThat(updated.get("actor").asString()).isEqualTo("hr");
        assertThat(updated.get("detail").asString()).isEqualTo("Sửa cán bộ «AU-CB1»");
        assertThat(updated.at("/before/fullName").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(updated.at("/before/endDate").isNull()).isTrue();
        assertThat(updated.at("/after/fullName").asString()).isEqualTo("Nguyễn Văn Ân");
        assertThat(updated.at("/after/endDate").asString()).isEqualTo("2026-06-30");
        assertThat(updated.at("/after/id").asLong()).isEqualTo(updated.at("/before/id").asLong());
        assertThat(updated.get("remoteAddress").asString()).isEqualTo("127.0.0.1");
        JsonNode created = page.at("/items/1");
        assertThat(created.get("action").asString()).isEqualTo("CREATED");
        assertThat(created.get("before").isNull()).isTrue();
        assertThat(created.at("/after/code").asString()).isEqualTo("AU-CB1");

        send(delete("/api/employees/AU-CB1"), hr(), null).andExpect(status().isNoContent());
        JsonNode deleted = read(get("/api/audit").param("objectId", "AU-CB1").param("action", "DELETED"), admin()).at("/items/0");
        assertThat(deleted.get("detail").asString()).isEqualTo("Xóa cán bộ «AU-CB1»");
        assertThat(deleted.at("/before/fullName").asString()).isEqualTo("Nguyễn Văn Ân");
        assertThat(deleted.get("after").isNull()).isTrue();
    }

    @Test
    void shouldLeaveNoEventForAnEditThatFails() throws Exception {
        send(post("/api/units"), hr(), "{'code':'AU-TT','name':'Trung tâm'}").andExpect(status().isCreated());
        long before = count();
        send(post("/api/units"), hr(), "{'code':'AU-TT','name':'Trung tâm khác'}").andExpect(status().isConflict());
        send(put("/api/units/AU-TT"), hr(), "{'code':'AU-TT','name':'Trung tâm','parent':'KHONG-CO'}").andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldWriteAnEventInTheCallersTransaction() {
        transactions.executeWithoutResult(status -> {
            auditLog.recordAs("hr", AuditAction.UPDATED, "Unit", "AU-ROLLBACK", null, null, "Sửa đơn vị «AU-ROLLBACK»");
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status ->
                auditLog.recordAs("hr", AuditAction.UPDATED, "Unit", "AU-COMMIT", null, null, "Sửa đơn vị «AU-COMMIT»"));
        assertThat(jdbc.sql("SELECT object_id FROM audit_events WHERE object_id LIKE 'AU-%' AND object_type = 'Unit' "
                + "AND action = 'UPDATED'").query(String.class).list()).containsExactly("AU-COMMIT");
    }

    @Test
    void shouldNeverWriteAPasswordOrItsHash() {
        record UserAccount(Long id, String username, String passwordHash, Role role) {
        }
        auditLog.recordAs("admin", AuditAction.UPDATED, "UserAccount", "AU-USER",
                new UserAccount(1L, "AU-USER", "$2a$10$abc", Role.EXPERT),
                java.util.Map.of("user", new UserAccount(1L, "AU-USER", "$2a$10$def", Role.HR_OFFICER), "password", "demo"),
                "Sửa người dùng «AU-USER»");
        String stored = jdbc.sql("SELECT before_json || ' ' || after_json FROM audit_events WHERE object_id = 'AU-USER'")
                .query(String.class).single();
        assertThat(stored).doesNotContain("password", "$2a$", "demo").contains("\"role\":\"HR_OFFICER\"");
    }

    @Test
    void shouldRecordLoginsFailedLoginsAndLogoutsButNotEachBasicAuthentication() throws Exception {
        var principal = new KpiPrincipal("AU-hr", null, Role.HR_OFFICER, null, true);
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(signedIn, getClass()));
        events.publishEvent(new AuthenticationSuccessEvent(signedIn));
        events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated("AU-ke-la", "doan-mat-khau"), new BadCredentialsException("x")));
        events.publishEvent(new LogoutSuccessEvent(signedIn));

        JsonNode page = read(get("/api/audit").param("objectType", "User").param("size", "100"), admin());
        assertThat(page.get("items").valueStream().filter(e -> e.get("actor").asString().startsWith("AU-"))
                .map(e -> e.get("action").asString() + " " + e.get("actor").asString() + ": " + e.get("detail").asString()))
                .containsExactly("LOGOUT AU-hr: Người dùng «AU-hr» đăng xuất",
                        "LOGIN_FAILED AU-ke-la: Đăng nhập không thành công với tên «AU-ke-la»: sai tên đăng nhập hoặc mật khẩu",
                        "LOGIN AU-hr: Người dùng «AU-hr» đăng nhập");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE detail LIKE '%doan-mat-khau%'").query(Long.class).single()).isZero();
    }

    @Test
    void shouldFilterAndPageTheLogNewestFirst() throws Exception {
        for (int i = 1; i <= 3; i++) {
            auditLog.recordAs("AU-loc", AuditAction.IMPORT, "Period", "AU-2026-0" + i, null, null, "Nhập lần " + i);
        }
        auditLog.recordAs("AU-loc", AuditAction.CASCADE, "Period", "AU-2026-01", null, null, "Phân bổ");

        JsonNode first = read(get("/api/audit").param("actor", "AU-loc").param("action", "IMPORT").param("size", "2"), hr());
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("items").valueStream().map(e -> e.get("detail").asString())).containsExactly("Nhập lần 3", "Nhập lần 2");
        JsonNode second = read(get("/api/audit").param("actor", "AU-loc").param("action", "import").param("size", "2").param("page", "1"), hr());
        assertThat(second.get("items").valueStream().map(e -> e.get("detail").asString())).containsExactly("Nhập lần 1");
        assertThat(read(get("/api/audit").param("actor", "AU-loc").param("objectId", "AU-2026-01"), hr()).get("total").asInt())
                .isEqualTo(2);

        String today = LocalDate.now().toString();
        String tomorrow = LocalDate.now().plusDays(1).toString();
        assertThat(read(get("/api/audit").param("actor", "AU-loc").param("from", today).param("to", today), hr())
                .get("total").asInt()).isEqualTo(4);
        assertThat(read(get("/api/audit").param("actor", "AU-loc").param("from", tomorrow), hr()).get("total").asInt()).isZero();
        send(get("/api/audit").param("from", tomorrow).param("to", today).param("size", "0"), hr(), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[1].field").value("to"))
                .andExpect(jsonPath("$.errors[1].message").value("Ngày «đến» trước ngày «từ»"));
        send(get("/api/audit").param("from", "hôm qua"), hr(), null).andExpect(status().isBadRequest());
    }

    @Test
    void shouldLetOnlyAdministratorsAndHrOfficersReadTheLog() throws Exception {
        send(get("/api/audit"), admin(), null).andExpect(status().isOk());
        for (var who : java.util.List.of(staff(), expert(), Users.as("head", Role.UNIT_HEAD))) {
            send(get("/api/audit"), who, null)
                    .andExpect(status().isForbidden())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void shouldRefuseOtherRolesInTheServiceWhateverTheUrlRules(@Autowired AuditQuery query) {
        for (Role role : new Role[] {Role.EXPERT, Role.UNIT_HEAD, Role.EMPLOYEE}) {
            var principal = new KpiPrincipal("AU-" + role, null, role, null, true);
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
            try {
                assertThatThrownBy(() -> query.list(new AuditQuery.Filter(null, null, null, null, null, null), null, null))
                        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class)
                        .hasMessage("Chỉ quản trị viên và cán bộ tổ chức được xem nhật ký kiểm tra");
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        }
    }

    @Test
    void shouldOfferNoWayToChangeTheLog() throws Exception {
        auditLog.recordAs("AU-bat-bien", AuditAction.IMPORT, "Period", "AU-X", null, null, "Nhập");
        long before = count();
        for (MockHttpServletRequestBuilder request : java.util.List.of(delete("/api/audit"), put("/api/audit"), patch("/api/audit"),
                post("/api/audit"))) {
            send(request, admin(), "{}")
                    .andExpect(status().isMethodNotAllowed())
                    .andExpect(jsonPath("$.type").value("urn:kpi:problem:method-not-allowed"))
                    .andExpect(jsonPath("$.title").value("Phương thức không được hỗ trợ"));
        }
        send(delete("/api/audit/1"), admin(), null).andExpect(status().is4xxClientError());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldHaveTheDatabaseRefuseToUpdateOrDeleteAnEvent() {
        auditLog.recordAs("AU-bat-bien", AuditAction.IMPORT, "Period", "AU-Y", null, null, "Nhập tệp");
        assertThatThrownBy(() -> jdbcTemplate.update("UPDATE audit_events SET detail = 'sửa' WHERE object_id = 'AU-Y'"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Nhật ký kiểm tra chỉ được ghi thêm");
        assertThatThrownBy(() -> jdbcTemplate.update("DELETE FROM audit_events WHERE object_id = 'AU-Y'"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Nhật ký kiểm tra chỉ được ghi thêm");
        assertThatThrownBy(() -> jdbcTemplate.update("DELETE FROM audit_events"))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("SELECT detail FROM audit_events WHERE object_id = 'AU-Y'").query(String.class).list())
                .containsExactly("Nhập tệp");
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_events").query(Long.class).single();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, org.springframework.test.web.servlet.request.RequestPostProcessor who,
                               String json) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.replace('\'', '"'));
        }
        return mvc.perform(request.with(who));
    }

    private JsonNode read(MockHttpServletRequestBuilder request, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        String body = send(request, who, null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }
}
