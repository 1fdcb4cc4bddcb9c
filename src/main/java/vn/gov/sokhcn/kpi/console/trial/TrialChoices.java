package vn.gov.sokhcn.kpi.console.trial;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;

/** What the trial form offers: the DRAFT versions (newest first) and the stored periods (latest first). */
@Component
class TrialChoices {
    private final RuleSetVersions versions;
    private final JdbcClient jdbc;

    TrialChoices(RuleSetVersions versions, JdbcClient jdbc) {
        this.versions = versions;
        this.jdbc = jdbc;
    }

    record Candidate(int version, String author, String comment, LocalDateTime createdAt) {
        public String label() {
            return "Phiên bản " + version + " — " + author + (comment == null || comment.isBlank() ? "" : " — " + comment);
        }
    }

    record PeriodChoice(String code, String kind) {
        public String label() {
            return code + switch (kind) {
                case "MONTH" -> " (tháng)";
                case "QUARTER" -> " (quý)";
                default -> " (năm)";
            };
        }
    }

    List<Candidate> candidates() {
        return versions.all().stream().filter(v -> v.state() == RuleSetVersion.State.DRAFT && !v.pendingApproval())
                .sorted(Comparator.comparing(RuleSetVersion::version).reversed())
                .map(v -> new Candidate(v.version(), v.author(), v.comment(), v.createdAt())).toList();
    }

    List<PeriodChoice> periods() {
        return jdbc.sql("SELECT code, kind FROM periods ORDER BY start_date DESC, code")
                .query((rs, n) -> new PeriodChoice(rs.getString(1), rs.getString(2))).list();
    }
}
