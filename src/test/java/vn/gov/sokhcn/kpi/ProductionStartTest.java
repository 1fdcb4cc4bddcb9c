package vn.gov.sokhcn.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A start as a plain {@code java -jar} makes it: no profile, and only the application's own properties (not the
 * test configuration, which turns the demo users on), on a fresh in-memory database. Nothing of the demo exists,
 * the one user is «admin» with a random password from the log that must be changed first, the rule folders are
 * not watched, and the API description needs a sign-in.
 */
@SpringBootTest(properties = {"spring.config.location=classpath:/application.properties",
        "spring.datasource.url=jdbc:h2:mem:production-${random.uuid};DB_CLOSE_DELAY=-1"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Environment environment;

    @Test
    void shouldStartWithoutDemoDataDemoUsersOrHotReloadAndWithOneAdministratorWhoMustChangeTheLoggedPassword(
            CapturedOutput output) throws Exception {
        assertThat(environment.getActiveProfiles()).isEmpty();
        assertThat(System.getenv("KPI_ADMIN_PASSWORD")).as("this test needs the variable unset").isNull();
        assertThat(jdbc.sql("SELECT username || ' ' || role || ' ' || enabled || ' ' || must_change_password FROM app_users")
                .query(String.class).list()).containsExactly("admin ADMIN TRUE TRUE");
        for (String table : new String[] {"units", "employees", "periods", "assignments", "evaluation_runs"}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isZero();
        }
        assertThat(output.getAll()).contains("Không theo dõi thay đổi của thư mục quy tắc (kpi.rules.watch=false)");
        assertThat(environment.getProperty("kpi.rules.auto-activate", Boolean.class)).isFalse();

        mvc.perform(get("/api/users/me").with(httpBasic("hr", "demo"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/users/me").with(httpBasic("admin", "demo"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());

        Matcher logged = Pattern.compile("đã tạo «admin» với mật khẩu ([0-9a-f]{24})").matcher(output.getAll());
        assertThat(logged.find()).as(output.getAll()).isTrue();
        String password = logged.group(1);
        mvc.perform(get("/api/users/me").with(httpBasic("admin", password)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.role").value("ADMIN"));
        mvc.perform(get("/api/employees").with(httpBasic("admin", password)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:password-change-required"));
    }
}
