package vn.gov.sokhcn.kpi.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** springdoc on Spring Boot 4: the OpenAPI document and Swagger UI answer a signed-in user (the demo profile opens them). */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocsTest {
    @Autowired
    MockMvc mvc;

    @Test
    void shouldDescribeTheApiInVietnameseWithTheOrganisationPaths() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("hr", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Dịch vụ đánh giá KPI — Sở Khoa học và Công nghệ"))
                .andExpect(jsonPath("$.paths['/api/units']").exists())
                .andExpect(jsonPath("$.paths['/api/units/{code}'].delete").exists())
                .andExpect(jsonPath("$.paths['/api/employees/{code}/competency-assessments']").exists())
                .andExpect(jsonPath("$.paths['/api/evaluations']").exists())
                .andExpect(jsonPath("$.tags[*].name", hasItems("Đơn vị", "Năng lực", "Vị trí việc làm", "Cán bộ")));
    }

    @Test
    void shouldServeSwaggerUi() throws Exception {
        mvc.perform(get("/swagger-ui.html").with(httpBasic("hr", "demo")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/swagger-ui/index.html")));
        mvc.perform(get("/swagger-ui/index.html").with(httpBasic("hr", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/html")));
    }
}
