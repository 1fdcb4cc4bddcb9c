package vn.gov.sokhcn.kpi.ruleset.expectation;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;

/** The failing «Kiểm thử» cases of a version by cause, and «Cập nhật kết quả mong đợi» as a new draft step. */
@RestController
@RequestMapping("/api/rulesets/{version}")
class ExpectationController {
    private final FailingCases failing;
    private final ExpectationUpdates updates;

    ExpectationController(FailingCases failing, ExpectationUpdates updates) {
        this.failing = failing;
        this.updates = updates;
    }

    record Update(List<String> cases, String group, String comment) {
    }

    @GetMapping("/failing-cases")
    List<FailingCases.Group> failingCases(@PathVariable int version) {
        return failing.of(version);
    }

    @PostMapping("/expectations")
    ResponseEntity<RuleSetVersions.Draft> update(@PathVariable int version, @RequestBody(required = false) Update body) {
        Update u = body == null ? new Update(null, null, null) : body;
        RuleSetVersions.Draft draft = updates.update(version, u.cases(), u.group(), u.comment());
        return ResponseEntity.created(URI.create("/api/rulesets/" + draft.version())).body(draft);
    }
}
