package vn.gov.sokhcn.kpi.kpi.criteria;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.kpi.Codes;
import vn.gov.sokhcn.kpi.kpi.Ref;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.system.PageResponse;
import vn.gov.sokhcn.kpi.system.Paging;

@Tag(name = "Tiêu chí chung")
@RestController
@RequestMapping("/api/general-criteria")
class GeneralCriteriaController {
    private final GeneralCriteriaRepository criteria;
    private final GeneralCriteriaQuery query;
    private final Codes codes;
    private final CurrentUser user;

    GeneralCriteriaController(GeneralCriteriaRepository criteria, GeneralCriteriaQuery query, Codes codes, CurrentUser user) {
        this.criteria = criteria;
        this.query = query;
        this.codes = codes;
        this.user = user;
    }

    @Operation(summary = "General-criteria points, one page", description = "Filters (codes): period, unit (the person's), employee.")
    @GetMapping
    PageResponse<GeneralCriteriaView> list(@RequestParam(required = false) String period, @RequestParam(required = false) String unit,
                                           @RequestParam(required = false) String employee,
                                           @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return query.page(codes.filter(Ref.PERIOD, period), codes.filter(Ref.UNIT, unit), codes.filter(Ref.EMPLOYEE, employee),
                Paging.of(page, size));
    }

    @GetMapping("/{period}/{employee}")
    @Transactional(readOnly = true)
    GeneralCriteriaView get(@PathVariable String period, @PathVariable String employee) {
        // Not visible to the signed-in user (another person's points): as if there were none.
        return query.byId(find(period, employee).id()).orElseThrow(() -> notFound(period, employee));
    }

    @Operation(summary = "Enter or replace a person's points for a period (201 created, 200 replaced)",
            description = "Points are not negative; their maxima are policy, checked by the rules at run time. "
                    + "enteredBy is the acting user (X-User), enteredAt the server's time.")
    @PutMapping("/{period}/{employee}")
    @Transactional
    ResponseEntity<GeneralCriteriaView> put(@PathVariable String period, @PathVariable String employee,
                                            @Valid @RequestBody GeneralCriteriaRequest r) {
        long periodId = codes.require(Ref.PERIOD, period);
        long employeeId = codes.require(Ref.EMPLOYEE, employee);
        Long existing = criteria.findByPeriodIdAndEmployeeId(periodId, employeeId).map(GeneralCriteria::id).orElse(null);
        GeneralCriteria saved = criteria.save(new GeneralCriteria(existing, employeeId, periodId, r.politics(), r.ethics(),
                r.style(), r.discipline(), user.name(), OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS)));
        GeneralCriteriaView view = query.byId(saved.id()).orElseThrow();
        return existing == null
                ? ResponseEntity.created(URI.create("/api/general-criteria/" + period + "/" + employee)).body(view)
                : ResponseEntity.ok(view);
    }

    @DeleteMapping("/{period}/{employee}")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable String period, @PathVariable String employee) {
        criteria.delete(find(period, employee));
        return ResponseEntity.noContent().build();
    }

    private GeneralCriteria find(String period, String employee) {
        return criteria.findByPeriodIdAndEmployeeId(codes.require(Ref.PERIOD, period), codes.require(Ref.EMPLOYEE, employee))
                .orElseThrow(() -> notFound(period, employee));
    }

    private static NotFoundException notFound(String period, String employee) {
        return new NotFoundException("điểm tiêu chí chung của cán bộ «" + employee + "» trong kỳ", period);
    }
}
