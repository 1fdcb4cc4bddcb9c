package vn.gov.sokhcn.kpi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.demo.DemoDataLoader;

/** The six demo users of the README, one per role, all with the password «demo», made with the demo data. */
// A context of its own, whose database only these tests touch: each test starts without the demo data (its
// users are the test users only) and rolls back what it loaded, so one context serves all three.
@SpringBootTest(properties = "kpi.test.context=demo-users")
@AutoConfigureMockMvc
@Transactional
class DemoUsersTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoDataLoader loader;
    @Autowired
    DemoUsers demoUsers;

    @Test
    void shouldCreateTheSevenDemoUsersWithTheDemoDataAndLetEachSignInWithDemo() throws Exception {
        assertThat(loader.loadIfEmpty()).isTrue();
        demoUsers.createMissing();

        assertThat(users()).containsExactly("admin ADMIN -", "director UNIT_HEAD CB01", "expert EXPERT -",
                "head UNIT_HEAD CB17", "hr HR_OFFICER -", "hr2 HR_OFFICER -", "staff EMPLOYEE CB19");
        for (String username : List.of("admin", "hr", "hr2", "expert", "director", "head", "staff")) {
            mvc.perform(get("/api/users/me").with(httpBasic(username, "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.username").value(username))
                    .andExpect(jsonPath("$.enabled").value(true));
        }
        mvc.perform(get("/api/users/head").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.displayName").value("Trưởng phòng Quản lý khoa học"))
                .andExpect(jsonPath("$.roleLabel").value("Trưởng đơn vị"))
                .andExpect(jsonPath("$.employee").value("CB17"));
        assertThat(jdbc.sql("SELECT username || ' ' || email FROM app_users ORDER BY username").query(String.class).list())
                .containsExactly("admin admin@demo.kpi.local", "expert expert@demo.kpi.local", "head head@demo.kpi.local",
                        "hr hr@demo.kpi.local", "hr2 hr2@demo.kpi.local", "staff staff@demo.kpi.local");
        assertThat(jdbc.sql("SELECT e.full_name || ' / ' || u.code FROM employees e JOIN units u ON u.id = e.unit_id "
                        + "WHERE e.code IN ('CB17', 'CB19') ORDER BY e.code").query(String.class).list())
                .allSatisfy(row -> assertThat(row).endsWith(" / QLKH"));
    }

    @Test
    void shouldSkipHeadAndStaffWithoutTheDemoEmployees() {
        demoUsers.createMissing();

        assertThat(users()).containsExactly("admin ADMIN -", "expert EXPERT -", "hr HR_OFFICER -", "hr2 HR_OFFICER -");
    }

    @Test
    void shouldLeaveAnExistingDemoUserAndTheirChangedPasswordAlone() throws Exception {
        mvc.perform(put("/api/users/me/password").with(httpBasic("hr", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"demo\",\"newPassword\":\"Mat-khau-rieng-1\"}"))
                .andExpect(status().isNoContent());
        loader.loadIfEmpty();
        demoUsers.createMissing();
        demoUsers.createMissing();

        assertThat(users()).hasSize(7).doesNotHaveDuplicates();
        mvc.perform(get("/api/users/me").with(httpBasic("hr", "demo"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/users/me").with(httpBasic("hr", "Mat-khau-rieng-1"))).andExpect(status().isOk());
    }

    private List<String> users() {
        return jdbc.sql("""
                        SELECT u.username, u.role, e.code FROM app_users u LEFT JOIN employees e ON e.id = u.employee_id
                        ORDER BY u.username""")
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + (rs.getString(3) == null ? "-" : rs.getString(3)))
                .list();
    }
}
