package vn.gov.sokhcn.kpi.outcome.bonus;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.security.CurrentUser;

/** Bonus funds entered by HR for a year and an agency (table bonus_funds). */
@Component
class BonusFunds {
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CurrentUser user;

    BonusFunds(JdbcClient jdbc, AuditLog audit, CurrentUser user) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.user = user;
    }

    record EnteredFund(int year, String agency, long amount, String enteredBy, OffsetDateTime enteredAt) {
    }

    Optional<EnteredFund> find(int year, Agencies.Agency agency) {
        return jdbc.sql("SELECT amount, entered_by, entered_at FROM bonus_funds WHERE fund_year = ? AND unit_id = ?")
                .params(year, agency.id())
                .query((rs, n) -> new EnteredFund(year, agency.code(), rs.getLong(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class))).optional();
    }

    @Transactional
    EnteredFund put(int year, Agencies.Agency agency, long amount) {
        Optional<EnteredFund> before = find(year, agency);
        OffsetDateTime now = OffsetDateTime.now().withNano(0);
        if (before.isEmpty()) {
            jdbc.sql("INSERT INTO bonus_funds (fund_year, unit_id, amount, entered_by, entered_at) VALUES (?, ?, ?, ?, ?)")
                    .params(year, agency.id(), amount, user.name(), now).update();
        } else {
            jdbc.sql("UPDATE bonus_funds SET amount = ?, entered_by = ?, entered_at = ? WHERE fund_year = ? AND unit_id = ?")
                    .params(amount, user.name(), now, year, agency.id()).update();
        }
        EnteredFund after = new EnteredFund(year, agency.code(), amount, user.name(), now);
        audit.record(before.isEmpty() ? AuditAction.CREATED : AuditAction.UPDATED, "BonusFund", year + "/" + agency.code(),
                before.orElse(null), after, "Quỹ thưởng năm " + year + " của " + agency.name());
        return after;
    }
}
