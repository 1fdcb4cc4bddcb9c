package vn.gov.sokhcn.kpi.kpi.strategy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Bản đồ chiến lược")
@RestController
class StrategyMapController {
    private final StrategyMapQuery query;

    StrategyMapController(StrategyMapQuery query) {
        this.query = query;
    }

    @Operation(summary = "The whole strategy map",
            description = "Perspectives in order → objectives → CSFs → indicators; indicators of an objective without a CSF "
                    + "under the objective; cause→effect links as {from, to} pairs of objective codes.")
    @GetMapping("/api/strategy-map")
    StrategyMap map() {
        return query.read();
    }
}
