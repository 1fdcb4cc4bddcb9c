package vn.gov.sokhcn.kpi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The last enabled administrator cannot be disabled, demoted or deleted (409), not even by two concurrent
 * requests each taking away a different one of the last two. Not in a test transaction (the concurrent requests
 * need their own); what a test adds it removes, and «admin» is restored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LastAdminTest {
    private static final String LAST = ": đây là quản trị hệ thống cuối cùng còn hoạt động. Hãy tạo hoặc mở khóa một tài "
            + "khoản quản trị khác trước.";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restore() {
        jdbc.sql("DELETE FROM app_users WHERE username IN ('qt1', 'qt2')").update();
        jdbc.sql("UPDATE app_users SET enabled = TRUE, role = 'ADMIN', display_name = 'Quản trị hệ thống' WHERE username = 'admin'")
                .update();
    }

    @Test
    void shouldRefuseToDisableDemoteOrDeleteTheLastEnabledAdministratorAndChangeNothing() throws Exception {
        create("qt1", false);
        String before = row("admin");
        LocalDateTime start = LocalDateTime.now();

        as("admin", put("/api/users/admin"), "{'displayName':'Quản trị hệ thống','role':'ADMIN','enabled':false}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:conflict"))
                .andExpect(jsonPath("$.title").value("Xung đột với dữ liệu đã lưu"))
                .andExpect(jsonPath("$.detail").value("Không thể khóa tài khoản «admin»" + LAST));
        as("admin", put("/api/users/admin"), "{'displayName':'Quản trị hệ thống','role':'HR_OFFICER'}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Không thể đổi vai trò của tài khoản «admin»" + LAST));
        as("admin", delete("/api/users/admin"), null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Không thể xóa tài khoản «admin»" + LAST));

        assertThat(row("admin")).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE object_type = 'User' AND at >= ?").param(start)
                .query(Long.class).single()).as("nothing changed, nothing audited").isZero();
    }

    @Test
    void shouldLetAnAdministratorGoWhileAnotherEnabledOneRemains() throws Exception {
        create("qt1", true);
        create("qt2", true);
        as("admin", delete("/api/users/qt2"), null).andExpect(status().isNoContent());
        as("qt1", put("/api/users/admin"), "{'displayName':'Quản trị hệ thống','role':'ADMIN','enabled':false}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        as("qt1", put("/api/users/qt1"), "{'displayName':'Quản trị 1','role':'EXPERT'}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Không thể đổi vai trò của tài khoản «qt1»" + LAST));
        as("qt1", put("/api/users/admin"), "{'displayName':'Quản trị hệ thống','role':'ADMIN','enabled':true}")
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT username FROM app_users WHERE role = 'ADMIN' AND enabled ORDER BY username")
                .query(String.class).list()).containsExactly("admin", "qt1");
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentRequestsDisableTheLastTwoAdministrators() throws Exception {
        create("qt1", true);
        create("qt2", true);
        jdbc.sql("UPDATE app_users SET enabled = FALSE WHERE username = 'admin'").update();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> disable("qt1", go), pool);
                CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> disable("qt2", go), pool);
                go.countDown();
                assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                        .as("round %d", round).containsExactlyInAnyOrder(200, 409);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM app_users WHERE role = 'ADMIN' AND enabled").query(Long.class)
                        .single()).isOne();
                jdbc.sql("UPDATE app_users SET enabled = TRUE WHERE username IN ('qt1', 'qt2')").update();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** An administrator outside the database disables one account, once both threads are ready. */
    private int disable(String username, CountDownLatch go) {
        try {
            go.await();
            return mvc.perform(put("/api/users/" + username)
                            .with(user(new KpiPrincipal("qt-test", null, Role.ADMIN, null, true)))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"displayName\":\"Quản trị\",\"role\":\"ADMIN\",\"enabled\":false}"))
                    .andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void create(String username, boolean enabled) throws Exception {
        as("admin", post("/api/users"), "{'username':'" + username + "','password':'Mat-khau-1','displayName':'Quản trị "
                + username + "','role':'ADMIN','enabled':" + enabled + "}").andExpect(status().isCreated());
    }

    private String row(String username) {
        return jdbc.sql("SELECT role || ' ' || enabled || ' ' || display_name || ' ' || password_hash FROM app_users "
                + "WHERE username = ?").param(username).query(String.class).single();
    }

    private ResultActions as(String username, MockHttpServletRequestBuilder request, String json) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.replace('\'', '"'));
        }
        return mvc.perform(request.with(httpBasic(username, username.equals("admin") ? "demo" : "Mat-khau-1")));
    }
}
