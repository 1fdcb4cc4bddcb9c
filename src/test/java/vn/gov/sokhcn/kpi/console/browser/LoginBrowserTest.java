package vn.gov.sokhcn.kpi.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in and out in a real browser, in Vietnamese, without a script error. */
class LoginBrowserTest extends BrowserTest {

    @Test
    void aWrongPasswordIsRefusedInVietnameseAndTheRightOneSignsIn() {
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
        browser.find(By.id("username")).sendKeys("hr");
        browser.find(By.id("password")).sendKeys("sai-mật-khẩu");
        browser.find(By.cssSelector("form button[type=submit]")).click();
        assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.");
        browser.screenshot("dang-nhap-sai");

        browser.login("hr");
        assertThat(browser.find(By.cssSelector(".bar .who")).getText())
                .isEqualTo("Xin chào, hr (Cán bộ tổ chức - nhân sự)");
        browser.screenshot("da-dang-nhap");
        assertThat(browser.severeConsoleMessages()).isEmpty();

        browser.logout();
        assertThat(browser.find(By.cssSelector(".notice")).getText()).isEqualTo("Bạn đã đăng xuất.");
    }
}
