package vn.gov.sokhcn.kpi.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.gov.sokhcn.kpi.audit.Users.expert;
import static vn.gov.sokhcn.kpi.audit.Users.hr;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.sokhcn.kpi.ruleset.grid.TableGrids;

/**
 * Every sheet of every workbook of a draft opens as a grid, and none shows a code of the project's enums (nor a regime
 * code) in its visible text, as {@link VietnameseOnlyTest} requires of every page; its crawl samples only three grids.
 */
@ConsolePagesContext
class TableGridVietnameseTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TableGrids grids;

    @Test
    void shouldOpenEverySheetAsAGridInVietnameseOnly() throws Exception {
        String location = mvc.perform(multipart("/rulesets").file(new MockMultipartFile("file", RuleWorkbooks.WORKBOOK,
                        "application/octet-stream", RuleWorkbooks.shipped())).with(expert()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        int draft = Integer.parseInt(location.substring("/rulesets/".length()));
        VietnameseOnlyTest codes = new VietnameseOnlyTest();
        codes.jdbc = jdbc;
        Set<String> enumCodes = codes.codes();
        Map<String, Set<String>> leaks = new TreeMap<>();
        int pages = 0;
        for (Map.Entry<String, List<String>> workbook : grids.sheets(draft).entrySet()) {
            for (String sheet : workbook.getValue()) {
                String html = mvc.perform(get("/rulesets/{v}/tables/{file}/{sheet}", draft, workbook.getKey(), sheet).with(hr()))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                pages++;
                Set<String> found = VietnameseOnlyTest.leaks(VietnameseOnlyTest.visible(html), enumCodes);
                if (!found.isEmpty()) {
                    leaks.put(workbook.getKey() + "!" + sheet, found);
                }
            }
        }
        assertThat(pages).isGreaterThan(15);
        assertThat(leaks).isEmpty();
    }
}
