package vn.gov.sokhcn.kpi.console.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The read pages on a Department with no data at all (a context of its own, so no other test's periods
 * or runs show up): each says in Vietnamese that there is nothing yet, and the help still shows the rules.
 */
@SpringBootTest(properties = "kpi.test.context=console-empty")
@AutoConfigureMockMvc
class EmptyPagesTest {
    @Autowired
    MockMvc mvc;

    String page(String path, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(httpBasic("hr", "demo")).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    @Test
    void everyPageSaysThereIsNothingYet() throws Exception {
        assertThat(page("/", 200)).contains("Chưa có kỳ nào được đánh giá chính thức.")
                .doesNotContain("chart-rating-distribution", "chart-trend");
        assertThat(page("/results", 200)).contains("Chưa có kỳ nào được đánh giá chính thức.").doesNotContain("results-table");
        assertThat(page("/strategy-map", 200)).contains("Chưa có bản đồ chiến lược");
        assertThat(page("/people/CB19", 404)).contains("Không tìm thấy trang", "«CB19»");
        assertThat(page("/help", 200)).contains("Bảng «<span>Khung điểm</span>»", "id=\"example-band\"");
    }
}
