package vn.gov.sokhcn.kpi.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.sokhcn.kpi.console.RuleWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;

/**
 * The rule set, rule source and data pages in a real browser, at 1366×768 and at a phone's width: a broken
 * workbook's cell named and shown in its sheet, a fixed one tested and activated by another HR officer, the
 * period evaluated again, and the earlier version restored — without a script error.
 */
class RuleSetPagesBrowserTest extends BrowserTest {
    @Autowired
    ActiveRuleSet active;

    @Test
    void uploadsTestsActivatesAndRollsBackAWorkbookInTheBrowser() {
        int before = active.get().version();
        browser.resize(Browser.DESKTOP);
        browser.login("hr");
        int broken = upload(RuleWorkbooks.broken());
        WebElement cell = browser.find(By.cssSelector("#problems tr.problem[data-location$='!D11'] td.cell a"));
        step("bang-loi");
        cell.click();
        assertThat(browser.find(By.cssSelector("tr.decided")).getAttribute("id")).isEqualTo("row-11");
        assertThat(browser.find(By.cssSelector("td.decided-cell")).getText()).isEqualTo("9O");
        step("o-loi");
        browser.resize(Browser.PHONE);
        browser.open("/rulesets/" + broken);
        browser.find(By.id("problems"));
        assertThat(browser.overflowsHorizontally()).as("trang phiên bản rộng hơn màn hình điện thoại").isFalse();
        step("bang-loi-dien-thoai");
        browser.resize(Browser.DESKTOP);

        int fixed = upload(RuleWorkbooks.raisedExcellence());
        WebElement uploaded = browser.find(By.id("notice"));
        browser.find(By.id("run-tests")).click();
        browser.waitFor(ExpectedConditions.stalenessOf(uploaded)); // the upload's notice is gone: the page after the run
        assertThat(browser.find(By.id("notice")).getText()).matches("Đã chạy lại các ca kiểm thử: (\\d+)/\\1 ca đạt\\.");
        assertThat(browser.find(By.id("activate-why")).getText())
                .isEqualTo("Phiên bản do bạn tải lên. Cần một cán bộ tổ chức khác kích hoạt.");
        assertThat(browser.find(By.id("activate-button")).isEnabled()).isFalse();
        step("bon-mat");
        show("tests");
        assertThat(browser.findAll(By.cssSelector("#tests tr.fail"))).isEmpty();
        step("kiem-thu");
        show("diff");
        assertThat(browser.find(By.cssSelector("#diff tr[data-location$='!D11'] td.after")).getText()).isEqualTo("97");
        step("khac-biet");

        browser.logout();
        browser.login("hr2");
        browser.open("/rulesets/" + fixed);
        browser.find(By.id("activate-button")).click();
        assertThat(browser.find(By.id("notice")).getText()).startsWith("Đã kích hoạt phiên bản " + fixed + ";");
        step("kich-hoat");
        browser.open("/data?period=2023-06");
        browser.find(By.id("run-submit")).click();
        assertThat(browser.find(By.id("notice")).getText()).endsWith("bộ quy tắc phiên bản " + fixed + ").");
        step("danh-gia-lai");
        browser.resize(Browser.PHONE);
        assertThat(browser.overflowsHorizontally()).as("trang dữ liệu rộng hơn màn hình điện thoại").isFalse();
        step("du-lieu-dien-thoai");
        browser.resize(Browser.DESKTOP);

        browser.open("/rulesets/" + before);
        browser.find(By.id("activate-button")).click();
        assertThat(browser.find(By.id("notice")).getText()).startsWith("Đã quay lại phiên bản " + before + ";");
        browser.open("/data?period=2023-06");
        browser.find(By.id("run-submit")).click();
        assertThat(browser.find(By.id("notice")).getText()).endsWith("bộ quy tắc phiên bản " + before + ").");
        browser.open("/rulesets");
        assertThat(browser.find(By.cssSelector("#versions-table tr.active-version")).getAttribute("data-version"))
                .isEqualTo(String.valueOf(before));
        step("quay-lai");
        browser.logout();
    }

    private int upload(byte[] workbook) {
        Path file = RuleWorkbooks.temporary(RuleWorkbooks.WORKBOOK, workbook);
        browser.open("/rulesets");
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        step("chon-tep");
        browser.find(By.id("upload-submit")).click();
        browser.waitFor(ExpectedConditions.urlMatches("/rulesets/\\d+$"));
        assertThat(browser.find(By.id("notice")).getText()).startsWith("Đã tải lên phiên bản ");
        String url = browser.driver().getCurrentUrl();
        return Integer.parseInt(url.substring(url.lastIndexOf('/') + 1));
    }

    private void show(String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", browser.find(By.id(id)));
    }

    private void step(String name) {
        browser.screenshot(name);
        assertThat(browser.severeConsoleMessages()).as("lỗi trên trình duyệt ở bước " + name).isEmpty();
    }
}
