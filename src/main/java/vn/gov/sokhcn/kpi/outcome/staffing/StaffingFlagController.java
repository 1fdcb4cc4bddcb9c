package vn.gov.sokhcn.kpi.outcome.staffing;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staffing flags of a year: dismissal review, reassignment review, succession plan. */
@RestController
class StaffingFlagController {
    private final StaffingFlags flags;

    StaffingFlagController(StaffingFlags flags) {
        this.flags = flags;
    }

    @GetMapping("/api/staffing-flags")
    List<StaffingFlags.FlagView> flags(@RequestParam int year) {
        return flags.of(year);
    }
}
