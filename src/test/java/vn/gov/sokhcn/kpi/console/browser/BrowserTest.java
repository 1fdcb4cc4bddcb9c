package vn.gov.sokhcn.kpi.console.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in a real browser against the service on a random port, with the demo Department loaded
 * and its periods run officially (a context and database of its own: the browser tests change rule set
 * versions). Skipped where chromium and chromedriver are not installed; {@code .ci/run} installs them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "kpi.test.context=browser", "kpi.demo-data.enabled=true", "kpi.demo-data.run-periods=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("vn.gov.sokhcn.kpi.console.browser.Browser#installed")
public abstract class BrowserTest {
    @LocalServerPort
    int port;

    protected Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser("http://localhost:" + port, getClass().getSimpleName());
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
