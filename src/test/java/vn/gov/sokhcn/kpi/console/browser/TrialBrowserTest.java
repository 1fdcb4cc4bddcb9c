package vn.gov.sokhcn.kpi.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.sokhcn.kpi.TestUsers;

/**
 * The trials page in a real browser, driven by the form's ids: an expert picks a draft that raises the Decree 335
 * HTXSNV band from 90 to 91, ticks March 2026 and runs the trial; the result page draws its charts under the CSP and
 * lists as moved down exactly the people the API's JSON says were HTXSNV with a score from 90 to under 91. In the demo
 * Department every HTXSNV of March scores 100, so that list is empty and the page says so; the exact moves of a band
 * change over people between the two thresholds are asserted by {@code TrialTest} on data of its own.
 */
class TrialBrowserTest extends BrowserTest {

    @Test
    void anExpertRunsATrialFromTheFormAndSeesItsResult() throws Exception {
        int candidate = uploadCandidate();
        browser.login("expert");
        browser.open("/trials");
        new Select(browser.find(By.cssSelector("#trial-form select[name=candidate]"))).selectByValue(String.valueOf(candidate));
        browser.find(By.cssSelector("#trial-form input[name=periods][value='2026-03']")).click();
        browser.screenshot("bieu-mau");
        browser.find(By.id("trial-submit")).click();

        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trial-units-chart svg")));
        String url = browser.driver().getCurrentUrl();
        assertThat(url).matches(".*/trials/\\d+");
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        JsonNode trial = JsonMapper.builder().build().readTree(get("/api/trials/" + id));
        List<String> expected = new ArrayList<>();
        for (JsonNode p : trial.at("/people")) {
            double score = p.at("/before/score").asDouble();
            if ("HTXSNV".equals(p.at("/before/rating").asString()) && score >= 90 && score < 91) {
                expected.add(p.at("/id").asString());
            }
        }
        List<String> shown = browser.findAll(By.cssSelector("#trial-moved-down li")).stream()
                .map(li -> li.getAttribute("data-id")).toList();
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(browser.find(By.id("trial-down-count")).getText()).isEqualTo(String.valueOf(expected.size()));
        if (expected.isEmpty()) {
            assertThat(browser.driver().findElement(By.id("trial-moved-down")).findElement(By.xpath("..")).getText())
                    .contains("Không ai bị xếp loại thấp hơn.");
        }
        WebElement download = browser.find(By.id("trial-download"));
        assertThat(download.getAttribute("href")).endsWith("/api/trials/" + id + ".xlsx");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trial-moves-chart svg")));
        browser.screenshot("ket-qua");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.logout();
    }

    /**
     * The shipped rule set with Decree 335's HTXSNV band from 91 (D19, E20) and case XL-03 stating the new band (O4);
     * 91, not higher, so that the quota's «Kiểm thử» cases at 92 points keep their band and the draft has no problem.
     */
    private int uploadCandidate() throws Exception {
        byte[] workbook;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(Path.of("decision-tables", "xep-loai.drl.xlsx"))))) {
            Sheet bands = wb.getSheet("Khung điểm");
            bands.getRow(18).getCell(3).setCellValue(91.0);
            bands.getRow(19).getCell(4).setCellValue(91.0);
            wb.getSheet("Kiểm thử").getRow(3).getCell(14, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("HTTNV");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            workbook = out.toByteArray();
        }
        String boundary = "----trial-browser-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"xep-loai.drl.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(workbook);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/rulesets"))
                .header("Authorization", TestUsers.basic("expert"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode draft = JsonMapper.builder().build().readTree(response.body());
        assertThat(draft.at("/problems")).as(response.body()).isEmpty();
        return draft.at("/version").asInt();
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).header("Authorization", TestUsers.basic("expert"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
