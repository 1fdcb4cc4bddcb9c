package vn.gov.sokhcn.kpi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The console's upload doors (the data page's import, the rule set page's upload) pass files through the same
 * services, so through the same inspection, as the API's: every hostile file and a file over the limit is refused
 * on the page with the same Vietnamese sentence, a 400, and nothing stored changes. Same context as
 * {@link BadInputAtEveryDoorTest}, which finds these doors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kpi.demo-data.enabled=true", "kpi.demo-data.run-periods=false", "kpi.http.max-json-body-size=1MB"})
@AutoConfigureMockMvc
class BadInputAtPageDoorsTest {
    static final String DATA_PAGE = "/data/import";
    static final String RULE_SETS_PAGE = "/rulesets";

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource dataSource;

    @TestFactory
    Stream<DynamicTest> everyPageUploadDoorRefusesEveryHostileFileOnThePage() {
        Map<String, String> before = StoredFingerprint.of(dataSource);
        List<DynamicTest> tests = new ArrayList<>();
        for (HostileUploads.Case c : HostileUploads.forImports()) {
            tests.add(DynamicTest.dynamicTest(DATA_PAGE + ": " + c, () -> assertThat(refusal(DATA_PAGE, c.fileName(), c.bytes()))
                    .contains("Không nhập được «" + c.fileName() + "»: " + c.message())));
        }
        for (HostileUploads.Case c : HostileUploads.forRuleSets()) {
            tests.add(DynamicTest.dynamicTest(RULE_SETS_PAGE + ": " + c, () -> assertThat(
                    refusal(RULE_SETS_PAGE, c.fileName(), c.bytes()))
                    .contains("Không tải lên được «" + c.fileName() + "»: " + c.message())));
        }
        tests.add(DynamicTest.dynamicTest(DATA_PAGE + ": over its own limit", () -> assertThat(
                refusal(DATA_PAGE, "so-lieu.csv", new byte[5 * 1024 * 1024 + 1])).contains("Tệp tải lên lớn hơn giới hạn 5 MB")));
        tests.add(DynamicTest.dynamicTest(RULE_SETS_PAGE + ": over its own limit", () -> assertThat(
                refusal(RULE_SETS_PAGE, "xep-loai.drl.xlsx", new byte[5 * 1024 * 1024 + 1]))
                .contains("Tệp tải lên lớn hơn giới hạn 5 MB")));
        tests.add(DynamicTest.dynamicTest("nothing stored changed", () -> {
            assertThat(before).containsKeys("units", "employees", "assignments", "measurements", "rule_set_versions");
            assertThat(StoredFingerprint.of(dataSource)).isEqualTo(before);
        }));
        return tests.stream();
    }

    /** The page's answer to an upload by an administrator: a 400 page whose text (unescaped) is returned. */
    private String refusal(String door, String fileName, byte[] bytes) throws Exception {
        var request = multipart(door).file(new MockMultipartFile("file", fileName, MediaType.APPLICATION_OCTET_STREAM_VALUE,
                bytes)).with(httpBasic("admin", "demo")).with(csrf());
        if (door.equals(DATA_PAGE)) {
            request.param("period", "2026-03");
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String page = HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(response.getStatus()).as(page).isEqualTo(400);
        assertThat(page).doesNotContain("Exception", "at vn.gov");
        return page;
    }
}
