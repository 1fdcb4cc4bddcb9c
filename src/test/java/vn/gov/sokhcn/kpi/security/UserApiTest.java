package vn.gov.sokhcn.kpi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The users API: an administrator creates and changes accounts; everyone changes their own password. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class UserApiTest {
    static final String PASSWORD = "Mat-khau-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Value("${kpi.security.password-min-length}")
    int minLength;

    @BeforeEach
    void employees() throws Exception {
        as("hr", post("/api/units"), "{'code':'QLKH','name':'Phòng Quản lý khoa học'}").andExpect(status().isCreated());
        as("hr", post("/api/employees"), "{'code':'CB01','fullName':'Nguyễn Thị Lan','unit':'QLKH','staffType':'CIVIL_SERVANT',"
                + "'leadership':'NONE','startDate':'2020-01-01'}").andExpect(status().isCreated());
    }

    @Test
    void shouldCreateAUserWithoutShowingThePasswordOrItsHash(CapturedOutput output) throws Exception {
        String created = create("lan", "EMPLOYEE", "'CB01'")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/users/lan"))
                .andExpect(jsonPath("$.username").value("lan"))
                .andExpect(jsonPath("$.displayName").value("Nguyễn Thị Lan"))
                .andExpect(jsonPath("$.role").value("EMPLOYEE"))
                .andExpect(jsonPath("$.roleLabel").value("Công chức, viên chức"))
                .andExpect(jsonPath("$.employee").value("CB01"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.createdAt").exists())
                .andExpect(jsonPath("$.passwordChangedAt").exists())
                .andReturn().getResponse().getContentAsString();
        String one = as("admin", get("/api/users/lan"), null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String all = as("admin", get("/api/users"), null).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", contains("admin", "expert", "hr", "hr2", "lan")))
                .andReturn().getResponse().getContentAsString();
        for (String json : new String[] {created, one, all}) {
            assertThat(json).doesNotContain(PASSWORD, "\"password\"", "passwordHash", "password_hash", "$2a$", "$2b$");
        }
        assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(storedHash("lan"));
    }

    /** The address the appraisal notices go to: kept when an update leaves it out, cleared by an empty one, checked. */
    @Test
    void shouldStoreTheEmailOfAUserAndRefuseABadOne() throws Exception {
        as("admin", post("/api/users"), "{'username':'lan','password':'" + PASSWORD + "','displayName':'Lan','role':'EXPERT',"
                + "'email':'lan@sokhcn.gov.vn'}").andExpect(status().isCreated()).andExpect(jsonPath("$.email").value("lan@sokhcn.gov.vn"));
        as("admin", put("/api/users/lan"), "{'displayName':'Lan','role':'EXPERT'}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value("lan@sokhcn.gov.vn"));
        as("admin", put("/api/users/lan"), "{'displayName':'Lan','role':'EXPERT','email':'lan.sokhcn'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.email")))
                .andExpect(jsonPath("$.errors[0].message").value("Địa chỉ thư điện tử không hợp lệ"));
        as("admin", put("/api/users/lan"), "{'displayName':'Lan','role':'EXPERT','email':''}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").doesNotExist());
        assertThat(jdbc.sql("SELECT email FROM app_users WHERE username = 'lan'").query(String.class).list()).hasSize(1).first().isNull();
    }

    @Test
    void shouldStoreOnlyABCryptHashOfThePassword() throws Exception {
        create("lan", "EXPERT", "null").andExpect(status().isCreated());
        String hash = storedHash("lan");
        assertThat(hash).matches("\\$2[ab]\\$\\d\\d\\$.{53}").isNotEqualTo(PASSWORD);
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void shouldRefuseADuplicateUsername() throws Exception {
        create("lan", "EXPERT", "null").andExpect(status().isCreated());
        create("lan", "HR_OFFICER", "null")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:conflict"))
                .andExpect(jsonPath("$.detail").value("Đã có tài khoản «lan»."));
        assertThat(jdbc.sql("SELECT role FROM app_users WHERE username = 'lan'").query(String.class).list())
                .containsExactly("EXPERT");
    }

    @Test
    void shouldNameABadUsernameAShortPasswordAndAMissingOrUnknownEmployee() throws Exception {
        create("Nguyễn Lan", "EXPERT", "null")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field", contains("$.username")))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Tên đăng nhập gồm 2–100 chữ thường không dấu, số, «.», «_» hoặc «-»"));
        as("admin", post("/api/users"), "{'username':'lan','password':'ngan','displayName':'Lan','role':'EXPERT'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.password")))
                .andExpect(jsonPath("$.errors[0].message").value("Mật khẩu cần ít nhất " + minLength + " ký tự"));
        create("lan", "UNIT_HEAD", "null")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.employee")))
                .andExpect(jsonPath("$.errors[0].message").value("Vai trò Trưởng đơn vị cần mã cán bộ của chính người dùng"));
        create("lan", "EMPLOYEE", "'CB99'")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.employee")))
                .andExpect(jsonPath("$.errors[0].message").value("Không có cán bộ mã «CB99»"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_users WHERE username IN ('lan', 'Nguyễn Lan')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void shouldRefuseAPasswordLongerThanBCryptCanHoldAndNotFailOnOneAtSignIn() throws Exception {
        String tooLong = "Mật khẩu rất dài của cán bộ phòng Quản lý khoa học 2026";
        as("admin", post("/api/users"), "{'username':'lan','password':'" + tooLong + "','displayName':'Lan','role':'EXPERT'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.password")))
                .andExpect(jsonPath("$.errors[0].message").value("Mật khẩu tối đa 72 byte (chữ có dấu tính 2–3 byte)"));
        create("lan", "EXPERT", "null").andExpect(status().isCreated());
        as("admin", put("/api/users/lan/password"), "{'newPassword':'" + tooLong + "'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.newPassword")));
        me("lan", "x".repeat(100)).andExpect(status().isUnauthorized());
        me("lan", PASSWORD).andExpect(status().isOk());
    }

    @Test
    void shouldLetTheNewUserSignInAndLockThemOutWhenDisabled() throws Exception {
        create("lan", "EMPLOYEE", "'CB01'").andExpect(status().isCreated());
        me("lan", PASSWORD).andExpect(status().isOk()).andExpect(jsonPath("$.employee").value("CB01"));

        as("admin", put("/api/users/lan"), "{'displayName':'Nguyễn Thị Lan','role':'UNIT_HEAD','employee':'CB01','enabled':false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("UNIT_HEAD"))
                .andExpect(jsonPath("$.enabled").value(false));
        me("lan", PASSWORD).andExpect(status().isUnauthorized());

        as("admin", put("/api/users/lan"), "{'displayName':'Nguyễn Thị Lan','role':'UNIT_HEAD','employee':'CB01','enabled':true}")
                .andExpect(status().isOk());
        me("lan", PASSWORD).andExpect(status().isOk()).andExpect(jsonPath("$.role").value("UNIT_HEAD"));
        as("admin", put("/api/users/khong-co"), "{'displayName':'X','role':'EXPERT'}").andExpect(status().isNotFound());
    }

    @Test
    void shouldLetTheAdministratorResetAPassword() throws Exception {
        create("lan", "EXPERT", "null").andExpect(status().isCreated());
        as("admin", put("/api/users/lan/password"), "{'newPassword':'ngan'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.newPassword")));
        me("lan", PASSWORD).andExpect(status().isOk());

        as("admin", put("/api/users/lan/password"), "{'newPassword':'Mat-khau-moi-2'}").andExpect(status().isNoContent());
        me("lan", PASSWORD).andExpect(status().isUnauthorized());
        me("lan", "Mat-khau-moi-2").andExpect(status().isOk());
        assertThat(encoder.matches("Mat-khau-moi-2", storedHash("lan"))).isTrue();
    }

    @Test
    void shouldLetAUserChangeTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        create("lan", "EMPLOYEE", "'CB01'").andExpect(status().isCreated());
        String before = storedHash("lan");
        as("lan", PASSWORD, put("/api/users/me/password"), "{'currentPassword':'sai-roi-1','newPassword':'Mat-khau-moi-3'}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("$.currentPassword")))
                .andExpect(jsonPath("$.errors[0].message").value("Mật khẩu hiện tại không đúng"));
        assertThat(storedHash("lan")).isEqualTo(before);

        as("lan", PASSWORD, put("/api/users/me/password"), "{'currentPassword':'" + PASSWORD + "','newPassword':'Mat-khau-moi-3'}")
                .andExpect(status().isNoContent());
        me("lan", PASSWORD).andExpect(status().isUnauthorized());
        me("lan", "Mat-khau-moi-3").andExpect(status().isOk());
        assertThat(storedHash("lan")).matches("\\$2[ab]\\$.*").isNotEqualTo("Mat-khau-moi-3");
    }

    @Test
    void shouldRefuseToDeleteAnEmployeeWhoHasAnAccount() throws Exception {
        create("lan", "EMPLOYEE", "'CB01'").andExpect(status().isCreated());
        as("hr", delete("/api/employees/CB01"), null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:still-referenced"))
                .andExpect(jsonPath("$.detail").value("Không xóa được cán bộ «CB01»: còn 1 tài khoản người dùng"));
        as("hr", get("/api/employees/CB01"), null).andExpect(status().isOk());
        as("admin", get("/api/users"), null).andExpect(jsonPath("$[*].username", hasItems("lan")));
    }

    private ResultActions create(String username, String role, String employee) throws Exception {
        return as("admin", post("/api/users"), "{'username':'" + username + "','password':'" + PASSWORD
                + "','displayName':'Nguyễn Thị Lan','role':'" + role + "','employee':" + employee + "}");
    }

    private ResultActions me(String username, String password) throws Exception {
        return mvc.perform(get("/api/users/me").with(httpBasic(username, password)));
    }

    private ResultActions as(String username, MockHttpServletRequestBuilder request, String json) throws Exception {
        return as(username, "demo", request, json);
    }

    private ResultActions as(String username, String password, MockHttpServletRequestBuilder request, String json)
            throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.replace('\'', '"'));
        }
        return mvc.perform(request.with(httpBasic(username, password)));
    }

    private String storedHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_users WHERE username = ?").param(username).query(String.class).single();
    }
}
