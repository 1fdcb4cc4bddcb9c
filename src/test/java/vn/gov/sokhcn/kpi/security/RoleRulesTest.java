package vn.gov.sokhcn.kpi.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.sokhcn.kpi.security.Role.ADMIN;
import static vn.gov.sokhcn.kpi.security.Role.EXPERT;
import static vn.gov.sokhcn.kpi.security.Role.HR_OFFICER;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The URL rules, role by role: each of the demo users (one per role; «head» and «staff» come with the
 * demo data) against each guarded door. A refusal is 403 problem details naming the user and their role;
 * an allowed call gets past security to the controller, which answers it with the status given here.
 */
@SpringBootTest(properties = "kpi.demo-data.enabled=true")
@AutoConfigureMockMvc
@Transactional
class RoleRulesTest {
    static final Map<String, Role> USERS = Map.of("admin", ADMIN, "hr", HR_OFFICER, "expert", EXPERT,
            "head", Role.UNIT_HEAD, "staff", Role.EMPLOYEE);
    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    static final Set<Role> HR = EnumSet.of(ADMIN, HR_OFFICER);
    static final Set<Role> POLICY = EnumSet.of(ADMIN, HR_OFFICER, EXPERT);

    /** A door: the request, who may pass it, and what the controller answers those who do. */
    record Door(String name, Supplier<AbstractMockHttpServletRequestBuilder<?>> request, Set<Role> allowed, int answer) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Door> DOORS = List.of(
            new Door("POST /api/evaluations", () -> json(post("/api/evaluations"), "{}"), POLICY, 400),
            new Door("POST /api/units", () -> json(post("/api/units"), "{}"), HR, 400),
            new Door("PUT /api/units/{code}", () -> json(put("/api/units/KHONG_CO"), "{\"code\":\"KHONG_CO\",\"name\":\"X\"}"),
                    HR, 404),
            new Door("DELETE /api/units/{code}", () -> delete("/api/units/KHONG_CO"), HR, 404),
            new Door("POST /api/employees", () -> json(post("/api/employees"), "{}"), HR, 400),
            new Door("DELETE /api/employees/{code}", () -> delete("/api/employees/KHONG_CO"), HR, 404),
            new Door("GET /api/units", () -> get("/api/units"), EVERYONE, 200),
            new Door("GET /api/periods/{code}/import-template", () -> get("/api/periods/2023-05/import-template"), HR, 200),
            new Door("POST /api/periods/{code}/runs", () -> post("/api/periods/KHONG_CO/runs"), HR, 404),
            new Door("POST /api/rulesets", () -> multipart("/api/rulesets"), POLICY, 400),
            new Door("GET /api/users", () -> get("/api/users"), EnumSet.of(ADMIN), 200),
            new Door("POST /api/users", () -> json(post("/api/users"), "{}"), EnumSet.of(ADMIN), 400),
            new Door("PUT /api/users/{username}/password",
                    () -> json(put("/api/users/hr2/password"), "{\"newPassword\":\"ngan\"}"), EnumSet.of(ADMIN), 400),
            new Door("DELETE /api/users/{username}", () -> delete("/api/users/khong-co"), EnumSet.of(ADMIN), 404),
            new Door("GET /api/users/me", () -> get("/api/users/me"), EVERYONE, 200));

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> doorsByUser() {
        return DOORS.stream().flatMap(door -> USERS.keySet().stream().sorted().map(user -> Arguments.of(door, user)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("doorsByUser")
    void shouldLetOnlyTheRolesOfTheDoorPass(Door door, String username) throws Exception {
        Role role = USERS.get(username);
        var result = mvc.perform(door.request().get().with(httpBasic(username, "demo")));
        if (door.allowed().contains(role)) {
            result.andExpect(status().is(door.answer()));
        } else {
            result.andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value("urn:kpi:problem:forbidden"))
                    .andExpect(jsonPath("$.title").value("Không có quyền"))
                    .andExpect(jsonPath("$.status").value(403))
                    .andExpect(jsonPath("$.detail").value("Tài khoản «" + username + "» (" + role.label()
                            + ") không được phép thực hiện thao tác này."));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usernames")
    void shouldShowEveryoneTheirOwnAccount(String username) throws Exception {
        Role role = USERS.get(username);
        mvc.perform(get("/api/users/me").with(httpBasic(username, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.role").value(role.name()))
                .andExpect(jsonPath("$.roleLabel").value(role.label()))
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(jsonPath("$.password").doesNotExist());
    }

    static Stream<String> usernames() {
        return USERS.keySet().stream().sorted();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
