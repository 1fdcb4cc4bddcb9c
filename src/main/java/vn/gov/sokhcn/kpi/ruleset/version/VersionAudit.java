package vn.gov.sokhcn.kpi.ruleset.version;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;

/** The audit events of rule set versions: upload, validation, approval, activation and rollback. */
@Component
class VersionAudit {
    static final String TYPE = "RuleSetVersion";
    /** Cells named in the detail of an expectation update (the column holds 4000 characters; the rest are in after_json). */
    private static final int SHOWN = 10;

    private final AuditLog log;

    VersionAudit(AuditLog log) {
        this.log = log;
    }

    void uploaded(String actor, RuleSetVersion version, List<String> changedFiles) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", version);
        after.put("changedFiles", changedFiles);
        log.recordAs(actor, AuditAction.RULESET_UPLOADED, TYPE, version.version(), null, after, "Tải lên phiên bản "
                + version.version() + " (bản nháp" + (version.structural() ? ", có thay đổi cấu trúc" : "") + ", dựa trên phiên bản "
                + version.basedOn() + "; tệp đổi: " + String.join(", ", changedFiles) + ")");
    }

    /** A version awaiting approval was only checked statically: the event says so rather than «biên dịch được». */
    void validated(String actor, RuleSetVersion version, List<ProblemView> problems) {
        int number = version.version();
        boolean pending = version.pendingApproval();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", number);
        after.put("passed", problems.isEmpty());
        after.put("problems", problems.size());
        after.put("pendingApproval", pending);
        String checked = pending ? "Kiểm tra tĩnh phiên bản " + number + " (chưa biên dịch, chưa chạy thử: chờ quản trị viên "
                + "phê duyệt thay đổi mã)" : "Kiểm tra phiên bản " + number;
        log.recordAs(actor, AuditAction.RULESET_VALIDATED, TYPE, number, null, after, problems.isEmpty()
                ? checked + (pending ? ": không có lỗi" : ": biên dịch được, không có lỗi, đạt các ca kiểm thử")
                : checked + ": có " + problems.size() + " lỗi");
    }

    /** «Cập nhật kết quả mong đợi» wrote these expected cells in the step {@code version}. */
    void expectationsUpdated(String actor, RuleSetVersion version, List<ExpectationChange> changes) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", version.version());
        after.put("expectationChanges", changes);
        log.recordAs(actor, AuditAction.RULESET_UPLOADED, TYPE, version.version(), null, after, "Cập nhật kết quả mong đợi của "
                + cases(changes) + " ca kiểm thử ở phiên bản " + version.version() + " (dựa trên phiên bản " + version.basedOn()
                + "): " + changes.stream().limit(SHOWN).map(c -> c.caseId() + " " + c.cell() + " " + orDash(c.oldValue()) + " → "
                + c.newValue()).collect(java.util.stream.Collectors.joining(", "))
                + (changes.size() > SHOWN ? " và " + (changes.size() - SHOWN) + " ô khác" : "") + "; lý do: «" + changes.get(0).comment() + "»");
    }

    private static long cases(List<ExpectationChange> changes) {
        return changes.stream().map(ExpectationChange::location).distinct().count();
    }

    void approved(String actor, RuleSetVersion before, RuleSetVersion after) {
        log.recordAs(actor, AuditAction.RULESET_APPROVED, TYPE, after.version(), before, after, "Phê duyệt thay đổi cấu trúc "
                + "của phiên bản " + after.version() + " (do " + after.author() + " tải lên)");
    }

    /**
     * A rollback is the activation of a version older than the default version in force; an automatic one is
     * the folder watcher's, which no person decided.
     */
    void activated(String actor, RuleSetVersion before, RuleSetVersion after, int inForce, List<Integer> retired,
                   boolean automatic, List<ExpectationChange> expectations) {
        boolean rollback = after.version() < inForce;
        String range = after.ranged() ? " cho các kỳ bắt đầu từ " + orDash(after.effectiveFrom()) + " đến " + orDash(after.effectiveTo()) : "";
        String replaced = retired.isEmpty() ? "" : "; thôi áp dụng phiên bản " + retired.stream().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("");
        replaced += expectations.isEmpty() ? "" : "; kết quả mong đợi đã đổi ở " + cases(expectations) + " ca kiểm thử ("
                + expectations.stream().map(c -> "bước " + c.version() + " do " + c.author() + ": «" + c.comment() + "»").distinct()
                .collect(java.util.stream.Collectors.joining("; ")) + ")";
        if (automatic) {
            log.recordAs(actor, AuditAction.RULESET_AUTO_ACTIVATED, TYPE, after.version(), before, after,
                    "Tự động kích hoạt phiên bản " + after.version() + " từ thay đổi trong thư mục quy tắc "
                            + "(kpi.rules.auto-activate, không qua người kích hoạt)" + range + replaced);
            return;
        }
        log.recordAs(actor, rollback ? AuditAction.RULESET_ROLLED_BACK : AuditAction.RULESET_ACTIVATED, TYPE, after.version(),
                before, after, (rollback ? "Quay lại phiên bản " + after.version() + " (đang áp dụng phiên bản " + inForce + ")"
                        : "Kích hoạt phiên bản " + after.version()) + range + replaced);
    }

    private static String orDash(Object value) {
        return value == null ? "…" : value.toString();
    }
}
