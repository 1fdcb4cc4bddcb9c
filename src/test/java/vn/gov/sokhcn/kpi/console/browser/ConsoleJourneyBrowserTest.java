package vn.gov.sokhcn.kpi.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.sokhcn.kpi.console.RuleWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet;

/**
 * The whole job of issue 7 in a real browser: the expert signs in, looks at the dashboard, opens a person and
 * follows a reason to the table row that decided it; uploads a broken workbook and sees the cell named; uploads
 * a fixed one (the 2023 pilot's «Xuất sắc» from 97 points instead of 90) and runs its tests; trials it; an HR officer
 * (not the uploader: four eyes) activates it, evaluates the period again, and the rating on /results changes.
 * A screenshot of every step is under target/screenshots/ConsoleJourneyBrowserTest/.
 */
class ConsoleJourneyBrowserTest extends BrowserTest {
    @Autowired
    ActiveRuleSet active;

    /** The period whose official run changes, and the person it changes for: CB53 has 96 points in 2023-06. */
    static final String PERIOD = "2023-06";
    static final String PERSON = "CB53";
    static final String BEFORE = "HTXSNV";
    static final String AFTER = "HTTNV";

    @Test
    void fromAReasonToAnActivatedChangeAndItsEffect() {
        int before = active.get().version();
        browser.login("expert");
        browser.open("/");
        browser.find(By.id("chart-rating-distribution"));
        step("tong-quan");

        browser.open("/people/" + PERSON + "?period=" + PERIOD);
        WebElement source = browser.find(By.cssSelector("li.reason a.reason-source"));
        step("can-bo");
        source.click();
        browser.waitFor(ExpectedConditions.urlContains("/source?ref="));
        assertThat(browser.driver().getCurrentUrl()).containsPattern("/rules/\\d+/source\\?ref=");
        WebElement decided = browser.find(By.cssSelector("tr.decided"));
        assertThat(decided.getAttribute("id")).matches("(row|line)-\\d+");
        step("dong-quyet-dinh");

        int broken = upload(RuleWorkbooks.broken(), "Sửa ngưỡng (nhầm chữ O)");
        WebElement problem = browser.find(By.cssSelector("#problems tr.problem[data-location$='!D11']"));
        assertThat(problem.findElement(By.cssSelector("td.cell a")).getText()).isEqualTo("D11");
        assertThat(problem.findElement(By.cssSelector("td.message")).getText())
                .startsWith("Cột «Điểm từ (≥)»: cần một số (ví dụ 90 hoặc 72.5) ở ô D11; đang có «9O»");
        step("tai-len-bang-loi");
        problem.findElement(By.cssSelector("td.cell a")).click();
        assertThat(browser.find(By.cssSelector("tr.decided")).getAttribute("id")).isEqualTo("row-11");
        assertThat(browser.find(By.cssSelector("td.decided-cell")).getText()).isEqualTo("9O");
        step("o-loi-trong-bang");

        int fixed = upload(RuleWorkbooks.raisedExcellence(), "Nâng ngưỡng Xuất sắc thời kỳ thí điểm 2023 lên 97 điểm");
        assertThat(fixed).isEqualTo(broken + 1);
        assertThat(browser.find(By.cssSelector("#problems p.ok")).getText()).startsWith("Không có lỗi");
        assertThat(browser.find(By.cssSelector("#diff tr[data-location$='!D11'] td.after")).getText()).isEqualTo("97");
        WebElement uploaded = browser.find(By.id("notice"));
        browser.find(By.id("run-tests")).click();
        browser.waitFor(ExpectedConditions.stalenessOf(uploaded)); // the upload's notice is gone: the page after the run
        assertThat(browser.find(By.id("notice")).getText()).matches("Đã chạy lại các ca kiểm thử: (\\d+)/\\1 ca đạt\\.");
        assertThat(browser.find(By.id("activate-why")).getText())
                .isEqualTo("Chỉ cán bộ tổ chức được kích hoạt phiên bản bộ quy tắc.");
        step("bang-da-sua");
        show("tests");
        assertThat(browser.findAll(By.cssSelector("#tests tr.fail"))).isEmpty();
        assertThat(browser.find(By.cssSelector("#tests tr[data-case='XL-01'] td.verdict")).getText()).isEqualTo("Đạt");
        step("kiem-thu-bang-da-sua");
        show("diff");
        step("khac-biet");

        browser.open("/trials");
        new Select(browser.find(By.cssSelector("#trial-form select[name=candidate]"))).selectByValue(String.valueOf(fixed));
        browser.find(By.cssSelector("#trial-form input[name=periods][value='" + PERIOD + "']")).click();
        step("thu-nghiem");
        browser.find(By.id("trial-submit")).click();
        browser.find(By.cssSelector("#trial-moved-down li[data-id='" + PERSON + "']"));
        step("ket-qua-thu-nghiem");

        browser.logout();
        browser.login("hr");
        assertThat(rating()).isEqualTo(BEFORE);
        step("ket-qua-truoc");
        browser.open("/rulesets/" + fixed);
        browser.find(By.id("activate-button")).click();
        assertThat(browser.find(By.id("notice")).getText())
                .isEqualTo("Đã kích hoạt phiên bản " + fixed + "; từ nay mọi kỳ được đánh giá theo phiên bản này.");
        step("kich-hoat");
        browser.open("/rulesets");
        assertThat(browser.find(By.cssSelector("#versions-table tr.active-version")).getAttribute("data-version"))
                .isEqualTo(String.valueOf(fixed));
        step("danh-sach-phien-ban");

        browser.open("/data?period=" + PERIOD);
        browser.find(By.id("run-submit")).click();
        assertThat(browser.find(By.id("notice")).getText()).startsWith("Đã đánh giá lại kỳ " + PERIOD + " (lượt ")
                .endsWith("bộ quy tắc phiên bản " + fixed + ").");
        step("danh-gia-lai");

        assertThat(rating()).isEqualTo(AFTER);
        step("ket-qua-sau");

        // Rolling back (activating the version in force before) and evaluating again restores the rating,
        // and leaves the shared browser context as it found it.
        browser.open("/rulesets/" + before);
        WebElement rollBack = browser.find(By.id("activate-button"));
        assertThat(rollBack.getText()).isEqualTo("Quay lại phiên bản này");
        rollBack.click();
        assertThat(browser.find(By.id("notice")).getText()).startsWith("Đã quay lại phiên bản " + before + ";");
        step("quay-lai");
        browser.open("/data?period=" + PERIOD);
        browser.find(By.id("run-submit")).click();
        assertThat(browser.find(By.id("notice")).getText()).endsWith("bộ quy tắc phiên bản " + before + ").");
        assertThat(rating()).isEqualTo(BEFORE);
        step("ket-qua-khoi-phuc");
    }

    /** Uploads a workbook through the file input of /rulesets and answers the number of the draft it made. */
    private int upload(byte[] workbook, String comment) {
        Path file = RuleWorkbooks.temporary(RuleWorkbooks.WORKBOOK, workbook);
        browser.open("/rulesets");
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.id("comment")).sendKeys(comment);
        step("chon-tep");
        browser.find(By.id("upload-submit")).click();
        browser.waitFor(ExpectedConditions.urlMatches("/rulesets/\\d+$"));
        assertThat(browser.find(By.id("notice")).getText()).startsWith("Đã tải lên phiên bản ");
        String url = browser.driver().getCurrentUrl();
        return Integer.parseInt(url.substring(url.lastIndexOf('/') + 1));
    }

    /** The rating /results shows for the person in the period. */
    private String rating() {
        browser.open("/results?period=" + PERIOD);
        WebElement rating = browser.find(By.cssSelector("#results-table tr[data-id='" + PERSON + "'] td.rating"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", rating);
        return rating.getText().strip();
    }

    private void show(String id) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", browser.find(By.id(id)));
    }

    private void step(String name) {
        browser.screenshot(name);
        assertThat(browser.severeConsoleMessages()).as("lỗi trên trình duyệt ở bước " + name).isEmpty();
    }
}
