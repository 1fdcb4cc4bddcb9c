package vn.gov.sokhcn.kpi.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.sokhcn.kpi.appraisal.AppraisalRows;

/**
 * The appraisal pages in a real browser: a staff member finds their appraisal through the menu and sends the
 * self-assessment; the head of their unit opens it and records the unit's comments; the cycle's progress
 * chart is drawn under the content security policy. The cycle is removed afterwards.
 */
class AppraisalBrowserTest extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    AppraisalRows rows;
    long cycle;
    long appraisal;

    @BeforeAll
    void cycle() {
        rows = new AppraisalRows(jdbc);
        long run = jdbc.sql("SELECT l.run_id FROM latest_completed_runs l JOIN periods p ON p.id = l.period_id WHERE p.code = ?")
                .param("2026-10").query(Long.class).single();
        cycle = rows.cycle("2026-10", "SO", run, LocalDate.now().plusDays(5), LocalDate.now().plusDays(10),
                LocalDate.now().plusDays(20));
        appraisal = rows.appraisal(cycle, "CB19", "SELF_ASSESSMENT", "HEAD_OF_AGENCY", "CB01");
    }

    @AfterAll
    void clean() {
        rows.deleteCreated();
    }

    @Test
    void aStaffMemberSelfAssessesAndTheHeadRecordsTheUnitsComments() {
        browser.login("staff");
        browser.find(By.linkText("Đánh giá, xếp loại")).click();
        browser.find(By.linkText("Số " + cycle)).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#progress-chart svg")));
        browser.screenshot("dot-danh-gia-cua-can-bo");
        browser.resize(Browser.PHONE);
        assertThat(browser.overflowsHorizontally()).isFalse();
        browser.find(By.cssSelector("#appraisal-list a")).click();
        browser.find(By.id("self-form"));
        assertThat(browser.overflowsHorizontally()).isFalse();
        browser.screenshot("ban-danh-gia-tren-dien-thoai");
        browser.resize(Browser.DESKTOP);

        browser.find(By.id("self-text")).sendKeys("Hoàn thành 12/12 hồ sơ thẩm định đúng hạn.");
        new Select(browser.find(By.id("self-rating"))).selectByValue("HTTNV");
        browser.find(By.id("self-politics")).sendKeys("5");
        browser.find(By.id("self-ethics")).sendKeys("5");
        browser.find(By.id("self-style")).sendKeys("4");
        browser.find(By.id("self-discipline")).sendKeys("4");
        browser.screenshot("tu-danh-gia");
        browser.find(By.id("self-submit")).click();
        assertThat(browser.find(By.id("notice")).getText()).isEqualTo("Đã gửi bản tự đánh giá.");
        assertThat(browser.find(By.cssSelector("li[data-kind=SELF_ASSESSMENT] .step-text")).getText())
                .isEqualTo("Hoàn thành 12/12 hồ sơ thẩm định đúng hạn.");
        assertThat(browser.find(By.cssSelector("#self-form h2")).getText())
                .isEqualTo("Gửi lại bản tự đánh giá (bản mới nhất được dùng, đến khi đơn vị họp nhận xét)");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.logout();

        browser.login("head");
        browser.open("/appraisals/" + appraisal);
        // A date field is typed in the browser's locale; the value it sends is ISO whatever the locale.
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find(By.id("review-date")), LocalDate.now().toString());
        browser.find(By.id("review-present")).sendKeys("6");
        browser.find(By.id("review-summary")).sendKeys("Đơn vị thống nhất: hoàn thành tốt nhiệm vụ.");
        new Select(browser.find(By.id("review-rating"))).selectByValue("HTTNV");
        browser.screenshot("nhan-xet-cua-don-vi");
        browser.find(By.id("review-submit")).click();
        assertThat(browser.find(By.id("notice")).getText()).isEqualTo("Đã ghi nhận xét của đơn vị.");
        assertThat(browser.find(By.cssSelector("li[data-kind=UNIT_REVIEW] .step-text")).getText())
                .isEqualTo("Đơn vị thống nhất: hoàn thành tốt nhiệm vụ.");
        assertThat(browser.find(By.cssSelector("li[data-kind=UNIT_REVIEW] .step-lines")).getText())
                .contains("6 người dự").contains("Đơn vị đề xuất xếp loại: HTTNV (Hoàn thành tốt nhiệm vụ)");
        assertThat(browser.findAll(By.id("review-form"))).isEmpty();
        browser.screenshot("da-nhan-xet");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.logout();
    }
}
