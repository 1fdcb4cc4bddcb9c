package vn.gov.sokhcn.kpi.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRows;

/**
 * Every text a person reads is Vietnamese: every console page each demo user reaches from the menu, the
 * period forms and the links of the pages, every reason of the demo data's stored results and the exports'
 * text name no code of the project's enums (nor a regime code of the rule set). Codes stay in attributes,
 * scripts and JSON fields. The appraisal rows made here are removed after each test.
 */
@ConsolePagesContext
class VietnameseOnlyTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> USERS = List.of("admin", "hr", "expert", "director", "head", "staff");
    static final List<String> MENU = List.of("/", "/results", "/strategy-map", "/rulesets", "/trials", "/data", "/reports",
            "/appraisal-cycles", "/help", "/account/password", "/people/CB19");
    /** Linked pages of one shape (path with its numbers blanked, query keys) visited at most this often per user. */
    static final int PER_SHAPE = 3;

    /**
     * Codes allowed in visible text, each shown on purpose: the official abbreviations of the ratings
     * (Decree 48/2023), the terms of the strategy map the help explains (CSF, KRI, RI, PI, KPI) and the
     * file formats named on download buttons (CSV, XLSX).
     */
    static final Set<String> ALLOWED = Set.of("HTXSNV", "HTTNV", "HTNV", "KHTNV", "CSF", "KRI", "RI", "PI", "KPI", "CSV", "XLSX");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    AppraisalRows rows;
    long cycle;
    long notRated;

    /** The constant names of every enum of the project's main classes, and the rule set's regime codes. */
    Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.gov.sokhcn.kpi")) {
            if (c.isEnum()) {
                Arrays.stream(c.reflect().getEnumConstants()).map(e -> ((Enum<?>) e).name()).forEach(codes::add);
            }
        }
        codes.addAll(jdbc.sql("SELECT DISTINCT regime FROM evaluation_runs WHERE regime IS NOT NULL").query(String.class).list());
        codes.removeAll(ALLOWED);
        return codes;
    }

    /** The text a person sees: no script, style or template blocks, no tags, entities decoded. */
    static String visible(String html) {
        String text = html.replaceAll("(?is)<(script|style|template)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(text);
    }

    /** The codes found as whole words in a text, each with a little of its context. */
    static Set<String> leaks(String text, Set<String> codes) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}_])[A-Z][A-Z0-9_]*(?![\\p{L}\\p{N}_])").matcher(text);
        while (m.find()) {
            if (codes.contains(m.group())) {
                found.add(m.group() + " in «" + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40))
                        .replaceAll("\\s+", " ").strip() + "»");
            }
        }
        return found;
    }

    static String shape(String url) {
        int q = url.indexOf('?');
        String path = (q < 0 ? url : url.substring(0, q)).replaceAll("/[^/]*\\d[^/]*", "/#");
        String keys = q < 0 ? "" : Arrays.stream(url.substring(q + 1).split("&")).map(p -> p.replaceAll("=.*", ""))
                .sorted().collect(Collectors.joining("&"));
        return path + "?" + keys;
    }

    static boolean followed(String href) {
        return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/api") && !href.startsWith("/logout")
                && !href.startsWith("/webjars") && !href.startsWith("/css") && !href.startsWith("/js")
                && !href.matches(".*(\\.xlsx|\\.csv|\\.pdf|\\.zip|/download|/pdf|/template|/export|/files).*");
    }

    /** An appraisal cycle of the latest period with people at each step, so that its pages have something to show. */
    @BeforeEach
    void cycle() {
        rows = new AppraisalRows(jdbc);
        String period = latestPeriod();
        long run = jdbc.sql("SELECT l.run_id FROM latest_completed_runs l JOIN periods p ON p.id = l.period_id WHERE p.code = ?")
                .param(period).query(Long.class).single();
        long cycle = rows.cycle(period, "SO", run, LocalDate.now().plusDays(5), LocalDate.now().plusDays(10),
                LocalDate.now().plusDays(20));
        rows.appraisal(cycle, "CB19", "SELF_ASSESSMENT", "HEAD_OF_AGENCY", "CB01");
        long decided = rows.appraisal(cycle, "CB18", "DECISION", "HEAD_OF_AGENCY", "CB01");
        rows.decide(decided, "HTNV", "Quyết định khác đề xuất", null);
        rows.complain(decided, "CB18", LocalDate.now().plusDays(30));
        notRated = rows.appraisal(cycle, "CB17", "DECISION", "HEAD_OF_AGENCY", "CB01");
        rows.decide(notRated, "NOT_RATED", "Thiếu hồ sơ", null);
        this.cycle = cycle;
    }

    @AfterEach
    void clean() {
        rows.deleteCreated();
    }

    String latestPeriod() {
        return jdbc.sql("SELECT p.code FROM periods p JOIN evaluation_runs r ON r.period_id = p.id WHERE r.state = 'COMPLETED'"
                + " ORDER BY p.end_date DESC, p.start_date DESC FETCH FIRST 1 ROWS ONLY").query(String.class).single();
    }

    /**
     * The menu's pages, and for HR (who sees everyone) and a member of staff (who sees themselves) those the
     * period and range forms open for each period with a run (each period has its regime and its reasons).
     */
    List<String> start(String user) {
        List<String> start = new ArrayList<>(MENU);
        List<String> periods = user.equals("hr") || user.equals("staff") ? periods() : List.of();
        for (String p : periods) {
            start.addAll(List.of("/?period=" + p, "/results?period=" + p, "/data?period=" + p, "/people/CB19?period=" + p));
        }
        start.add("/reports?" + range());
        return start;
    }

    List<String> periods() {
        return jdbc.sql("SELECT DISTINCT p.code FROM periods p JOIN evaluation_runs r ON r.period_id = p.id"
                + " WHERE r.state = 'COMPLETED' ORDER BY p.code").query(String.class).list();
    }

    /** The summary report's query for every period with a run. */
    String range() {
        List<String> periods = periods();
        return "from=" + periods.get(0) + "&to=" + periods.get(periods.size() - 1);
    }

    @Test
    void noConsolePageShowsACodeToAnyRole() throws Exception {
        Set<String> codes = codes();
        Map<String, Set<String>> leaks = new java.util.TreeMap<>();
        int visited = 0;
        Set<String> pageShapes = new TreeSet<>();
        for (String user : USERS) {
            List<String> start = start(user);
            Deque<String> queue = new ArrayDeque<>(start);
            Set<String> seen = new LinkedHashSet<>(start);
            Map<String, Integer> shapes = new HashMap<>();
            while (!queue.isEmpty()) {
                String url = queue.poll();
                if (shapes.merge(shape(url), 1, Integer::sum) > PER_SHAPE && !start.contains(url)) {
                    continue;
                }
                MockHttpServletResponse response = mvc.perform(get(url).with(httpBasic(user, "demo")).accept(MediaType.TEXT_HTML))
                        .andReturn().getResponse();
                response.setCharacterEncoding("UTF-8");
                String contentType = String.valueOf(response.getContentType());
                if (!contentType.startsWith("text/html")) {
                    continue;
                }
                visited++;
                pageShapes.add(shape(url));
                String html = response.getContentAsString();
                Set<String> found = leaks(visible(html), codes);
                if (!found.isEmpty()) {
                    leaks.computeIfAbsent(url, k -> new TreeSet<>()).addAll(found.stream().map(f -> user + ": " + f).toList());
                }
                Matcher links = Pattern.compile("href=\"([^\"#]+)").matcher(html);
                while (links.find()) {
                    String href = HtmlUtils.htmlUnescape(links.group(1));
                    if (followed(href) && seen.add(href)) {
                        queue.add(href);
                    }
                }
            }
        }
        assertThat(pageShapes).contains("/?period", "/results?period", "/people/#?", "/rulesets/#?", "/rules/#/source?ref",
                "/appraisal-cycles/#?", "/appraisals/#?", "/reports?from&to", "/data?period", "/help?", "/account/password?");
        assertThat(visited).isGreaterThan(100);
        assertThat(leaks).isEmpty();
    }

    byte[] download(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(httpBasic("hr", "demo"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    static String cells(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                sheet.forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell)).append(" | ")));
            }
        }
        return text.toString();
    }

    @Test
    void noExportShowsACode() throws Exception {
        Set<String> codes = codes();
        String period = latestPeriod();
        rows.publish(cycle);
        Map<String, String> exports = new java.util.TreeMap<>();
        exports.put("summary.xlsx", cells(download("/reports/summary.xlsx?" + range())));
        exports.put("import-template.xlsx", cells(download("/api/periods/" + period + "/import-template?format=xlsx")));
        exports.put("import-template.csv", new String(download("/api/periods/" + period + "/import-template?format=csv"),
                StandardCharsets.UTF_8));
        exports.put("published.xlsx", cells(download("/api/appraisal-cycles/" + cycle + "/published.xlsx")));
        try (PDDocument pdf = Loader.loadPDF(download("/api/appraisals/" + notRated + "/form.pdf"))) {
            exports.put("form.pdf", new PDFTextStripper().getText(pdf));
        }
        Map<String, Set<String>> leaks = new java.util.TreeMap<>();
        exports.forEach((name, text) -> {
            Set<String> found = leaks(text, codes);
            if (!found.isEmpty()) {
                leaks.put(name, found);
            }
        });
        assertThat(exports.get("form.pdf")).contains("Chưa xếp loại");
        assertThat(leaks).isEmpty();
    }

    @Test
    void noStoredReasonOfTheDemoDataNamesACode() {
        Set<String> codes = codes();
        Set<String> found = new TreeSet<>();
        Set<String> messages = new TreeSet<>();
        for (String details : jdbc.sql("SELECT details FROM run_results").query(String.class).list()) {
            for (JsonNode reason : JSON.readTree(details).path("reasons")) {
                messages.add(reason.path("message").asString());
                found.addAll(leaks(reason.path("message").asString(), codes));
            }
        }
        assertThat(found).isEmpty();
        // Representative reasons, as a person reads them.
        assertThat(messages).contains("Xếp loại cuối cùng: Chưa xếp loại.", "Xếp loại cuối cùng: HTTNV (Hoàn thành tốt nhiệm vụ).");
        assertThat(messages).anyMatch(m -> m.startsWith("Hạn mức: trong cơ quan TTTT, nhóm nhiệm vụ «Viên chức» có "));
        assertThat(messages).anyMatch(m -> m.startsWith("Bằng điểm tại ngưỡng hạn mức sau mọi tiêu chí phụ: chuyển người có"
                + " thẩm quyền quyết định. Trong cơ quan TDC, nhóm nhiệm vụ «Công chức» có 7 người HTTNV"));
    }
}
