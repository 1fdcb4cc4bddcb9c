package vn.gov.sokhcn.kpi.console.shared;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an ECharts option (maps and lists) as the JSON a page puts in its
 * {@code <script type="application/json">}; «<» is escaped so the JSON cannot close the script element.
 */
@Component
public class Charts {
    private final JsonMapper json;

    Charts(JsonMapper json) {
        this.json = json;
    }

    public String json(Object option) {
        return json.writeValueAsString(option).replace("<", "\\u003c");
    }
}
