package vn.gov.sokhcn.kpi.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The summary report page in a real browser: choosing a range, the chart drawn under the CSP, the download link, a year without its own run. */
class ReportBrowserTest extends BrowserTest {

    @Test
    void anHrOfficerChoosesARangeAndSeesTheChartAndTheDownload() {
        browser.login("hr");
        browser.open("/reports");
        new Select(browser.find(By.id("from"))).selectByValue("2026-01");
        new Select(browser.find(By.id("to"))).selectByValue("2026-03");
        new Select(browser.find(By.id("unit"))).selectByValue("");
        browser.find(By.cssSelector("#report-form button[type=submit]")).click();

        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rating-distribution .chart svg")));
        assertThat(browser.find(By.id("report-download")).getAttribute("href"))
                .endsWith("/reports/summary.xlsx?from=2026-01&to=2026-03");
        assertThat(browser.find(By.id("report-download")).getText()).isEqualTo("Tải báo cáo (.xlsx)");
        assertThat(browser.findAll(By.cssSelector("#rating-distribution tbody tr"))).isNotEmpty();
        browser.screenshot("bao-cao-quy-1");
        assertThat(browser.severeConsoleMessages()).isEmpty();

        new Select(browser.find(By.id("from"))).selectByValue("2026");
        new Select(browser.find(By.id("to"))).selectByValue("2026");
        browser.find(By.cssSelector("#report-form button[type=submit]")).click();
        // The year 2026 covers every demo period of 2026; its YEAR period itself is not run, so there is no bonus yet.
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("bonus"),
                "Chưa có lượt đánh giá chính thức đã hoàn tất của kỳ năm «2026» nên chưa tính được thưởng."));
        assertThat(browser.find(By.id("report-download")).getAttribute("href")).endsWith("/reports/summary.xlsx?from=2026&to=2026");
        browser.screenshot("bao-cao-nam-2026");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.logout();
    }
}
