package vn.gov.sokhcn.kpi.outcome.bonus;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * The annual bonus: {@code GET /api/bonus?year=&agency=} (any signed-in user, shares scoped), the
 * funds HR enters ({@code /api/bonus-funds/{year}/{agency}}) and the base salary in force
 * ({@code /api/base-salaries}); writes are for HR officers and administrators by the URL rules.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Tiền thưởng", description = "Quỹ thưởng hằng năm theo Nghị định 73/2024 (10% quỹ lương cơ sở) chia theo xếp loại cả năm và số tháng công tác; lương cơ sở và quỹ thưởng do phòng Tổ chức cán bộ nhập")
class BonusController {
    private final BonusService bonus;
    private final BonusFunds funds;
    private final BaseSalaries baseSalaries;
    private final Agencies agencies;

    BonusController(BonusService bonus, BonusFunds funds, BaseSalaries baseSalaries, Agencies agencies) {
        this.bonus = bonus;
        this.funds = funds;
        this.baseSalaries = baseSalaries;
        this.agencies = agencies;
    }

    record FundRequest(Long amount) {
    }

    record BaseSalaryRequest(Long amount, String basis) {
    }

    @GetMapping("/bonus")
    BonusView bonus(@RequestParam int year, @RequestParam String agency) {
        return bonus.bonus(checkedYear(year, "$.year"), agency);
    }

    @GetMapping("/bonus-funds/{year}/{agency}")
    BonusFunds.EnteredFund fund(@PathVariable int year, @PathVariable String agency) {
        return funds.find(year, agencies.byCode(agency))
                .orElseThrow(() -> new NotFoundException("quỹ thưởng đã nhập của năm " + year + " cho cơ quan", agency));
    }

    @PutMapping("/bonus-funds/{year}/{agency}")
    BonusFunds.EnteredFund putFund(@RequestBody FundRequest request, @PathVariable int year, @PathVariable String agency) {
        checkedYear(year, "$.year");
        if (request.amount() == null || request.amount() < 0) {
            throw new InvalidRequestException(List.of(new FieldProblem("$.amount",
                    "Quỹ thưởng phải là số đồng không âm")));
        }
        return funds.put(year, agencies.byCode(agency), request.amount());
    }

    @GetMapping("/base-salaries")
    List<BaseSalaries.BaseSalary> baseSalaries() {
        return baseSalaries.all();
    }

    /** The body comes first so that a bad body is named before the date of the path is read. */
    @PutMapping("/base-salaries/{effectiveFrom}")
    BaseSalaries.BaseSalary putBaseSalary(@RequestBody BaseSalaryRequest request, @PathVariable LocalDate effectiveFrom) {
        if (request.amount() == null || request.amount() <= 0) {
            throw new InvalidRequestException(List.of(new FieldProblem("$.amount",
                    "Lương cơ sở phải là số đồng lớn hơn 0")));
        }
        return baseSalaries.put(effectiveFrom, request.amount(), request.basis());
    }

    private static int checkedYear(int year, String field) {
        if (year < 2000 || year > 2100) {
            throw new InvalidRequestException(List.of(new FieldProblem(field, "Năm phải từ 2000 đến 2100")));
        }
        return year;
    }
}
