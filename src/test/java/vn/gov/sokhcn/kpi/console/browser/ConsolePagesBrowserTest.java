package vn.gov.sokhcn.kpi.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Every console page, signed in as an HR officer and as a member of staff, at desktop (1366×768) and
 * phone (390 px) widths: the h1 in Vietnamese, no SEVERE console message (script error, failed load,
 * CSP refusal), no horizontal overflow of the page, charts drawn; a screenshot of each under
 * target/screenshots/ConsolePagesBrowserTest/. Pages of other parts of the console (/trials, /reports,
 * /rulesets, /data) are visited when they exist.
 */
class ConsolePagesBrowserTest extends BrowserTest {

    record Visit(String path, String h1, String name) {
    }

    private List<Visit> hrPages() {
        List<Visit> pages = new ArrayList<>(List.of(
                new Visit("/", "Tổng quan kết quả đánh giá", "tong-quan"),
                new Visit("/strategy-map", "Bản đồ chiến lược", "ban-do-chien-luoc"),
                new Visit("/results?period=2023-06", "Kết quả đánh giá", "ket-qua"),
                new Visit("/results?period=2023-06&unit=KHONG-CO", "Kết quả đánh giá", "ket-qua-rong"),
                new Visit("/people/CB19?period=2023-06", "", "ca-nhan"),
                new Visit("/help", "Hướng dẫn sử dụng hệ thống KPI", "huong-dan"),
                new Visit("/khong-co-trang-nay", "Không tìm thấy trang", "loi-404")));
        for (String other : List.of("/rulesets", "/trials", "/data", "/reports")) {
            if (exists(other)) {
                pages.add(new Visit(other, null, other.substring(1)));
            }
        }
        return pages;
    }

    private List<Visit> staffPages() {
        return List.of(
                new Visit("/", "Tổng quan kết quả đánh giá", "tong-quan"),
                new Visit("/strategy-map", "Bản đồ chiến lược", "ban-do-chien-luoc"),
                new Visit("/results", "Kết quả đánh giá", "ket-qua"),
                new Visit("/people/CB19", "", "ca-nhan"),
                new Visit("/people/CB01", "Bạn không có quyền xem trang này", "loi-403"),
                new Visit("/rulesets", "Bạn không có quyền xem trang này", "loi-403-bo-quy-tac"),
                new Visit("/help", "Hướng dẫn sử dụng hệ thống KPI", "huong-dan"));
    }

    @Test
    void everyPageWorksForAnHrOfficerAtDesktopAndPhoneWidths() {
        browser.login("hr");
        visitAll("hr", hrPages());
        browser.logout();
    }

    @Test
    void everyPageWorksForAMemberOfStaffAtDesktopAndPhoneWidths() {
        browser.login("staff");
        visitAll("staff", staffPages());
        browser.logout();
    }

    private void visitAll(String user, List<Visit> pages) {
        for (Dimension size : List.of(Browser.DESKTOP, Browser.PHONE)) {
            browser.resize(size);
            String width = size.equals(Browser.PHONE) ? "dien-thoai" : "may-tinh";
            browser.severeConsoleMessages();
            for (Visit visit : pages) {
                browser.open(visit.path());
                String h1 = browser.find(By.tagName("h1")).getText();
                if (visit.h1() != null && !visit.h1().isEmpty()) {
                    assertThat(h1).as(visit.path()).isEqualTo(visit.h1());
                } else {
                    assertThat(h1).as(visit.path()).isNotBlank();
                }
                assertThat(browser.find(By.cssSelector(".bar .who")).getText()).startsWith("Xin chào, " + user + " (");
                // Every chart on the page is drawn (console.js puts an svg in it).
                browser.findAll(By.cssSelector("[data-chart]")).forEach(chart ->
                        assertThat(chart.findElements(By.tagName("svg"))).as(visit.path() + " chart").isNotEmpty());
                browser.screenshot(user + "-" + width + "-" + visit.name());
                if (!browser.findAll(By.cssSelector("[data-chart]")).isEmpty()) {
                    ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.querySelector('[data-chart]').scrollIntoView();");
                    browser.screenshot(user + "-" + width + "-" + visit.name() + "-bieu-do");
                }
                List<String> severe = browser.severeConsoleMessages().stream()
                        .filter(m -> !(visit.name().startsWith("loi-") && m.contains("the server responded with a status of")))
                        .toList();
                assertThat(severe).as(visit.path()).isEmpty();
                assertThat(browser.overflowsHorizontally()).as(visit.path() + " at " + size).isFalse();
            }
        }
    }

    /** Whether another part of the console answers this page (a 404 means it is not built yet). */
    private boolean exists(String path) {
        return !browser.driver().findElements(By.cssSelector("a[href='" + path + "']")).isEmpty() && answers(path);
    }

    private boolean answers(String path) {
        browser.open(path);
        return browser.findAll(By.cssSelector(".error-page[data-status='404']")).isEmpty();
    }
}
