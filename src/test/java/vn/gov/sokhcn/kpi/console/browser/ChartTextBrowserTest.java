package vn.gov.sokhcn.kpi.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Names flow into the charts' tooltips and labels as text, never as HTML: with a perspective and an objective
 * named {@code <img src=x onerror=alert(1)>}, the dashboard's attainment chart and the strategy map show the
 * name literally in their tooltips, no element is created from it and no alert opens. The names are put back after.
 */
class ChartTextBrowserTest extends BrowserTest {
    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    @Autowired
    JdbcTemplate jdbc;
    Map<String, Object> perspective;
    Map<String, Object> objective;

    @BeforeEach
    void hostileNames() {
        perspective = jdbc.queryForMap("SELECT id, name FROM perspectives ORDER BY sort_order, code FETCH FIRST 1 ROWS ONLY");
        objective = jdbc.queryForMap("SELECT id, code, name FROM objectives ORDER BY code FETCH FIRST 1 ROWS ONLY");
        jdbc.update("UPDATE perspectives SET name = ? WHERE id = ?", HOSTILE, perspective.get("ID"));
        jdbc.update("UPDATE objectives SET name = ? WHERE id = ?", HOSTILE, objective.get("ID"));
    }

    @AfterEach
    void namesPutBack() {
        jdbc.update("UPDATE perspectives SET name = ? WHERE id = ?", perspective.get("NAME"), perspective.get("ID"));
        jdbc.update("UPDATE objectives SET name = ? WHERE id = ?", objective.get("NAME"), objective.get("ID"));
    }

    @Test
    void showsAHostileNameLiterallyInTheTooltipsOfTheDashboardAndTheStrategyMap() {
        browser.login("hr");

        browser.open("/");
        browser.find(By.cssSelector("#chart-attainment svg"));
        showTip("chart-attainment", "0");
        expectLiteralNameOnly("chart-attainment");
        browser.screenshot("tong-quan-ten-doc-hai");

        browser.open("/strategy-map");
        browser.find(By.cssSelector("#chart-strategy-map svg"));
        showTip("chart-strategy-map", "chart.getOption().series[0].data.findIndex(function (d) { return d.id === '"
                + objective.get("CODE") + "'; })");
        expectLiteralNameOnly("chart-strategy-map");
        browser.screenshot("ban-do-ten-doc-hai");

        assertThat(browser.severeConsoleMessages()).isEmpty();
        browser.logout();
    }

    private void showTip(String chartId, String dataIndex) {
        script("var chart = echarts.getInstanceByDom(document.getElementById('" + chartId + "'));"
                + "chart.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: " + dataIndex + "});");
    }

    private void expectLiteralNameOnly(String chartId) {
        browser.waitFor(driver -> String.valueOf(script(
                "return document.getElementById('" + chartId + "').textContent;")).contains(HOSTILE));
        assertThat(script(
                "return document.querySelectorAll('img[src=\"x\"], [onerror]').length;")).isEqualTo(0L);
        assertThat(alertOpen()).isFalse();
    }

    private Object script(String javascript) {
        return ((JavascriptExecutor) browser.driver()).executeScript(javascript);
    }

    private boolean alertOpen() {
        try {
            browser.driver().switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }
}
