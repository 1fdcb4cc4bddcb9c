package vn.gov.sokhcn.kpi.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.validation.RuleSetChange;
import vn.gov.sokhcn.kpi.ruleset.validation.StructuralDiff;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;

/**
 * The rule set versions of the range: every activation and rollback the audit log recorded from the range's first
 * day to its last (inclusive), and every version the runs of the range's periods used, whenever it was activated
 * (its latest activation), oldest first, with who did it and when, the version's author, approver and comment, the
 * periods whose runs used it, and what changed from the version it was based on (the changed files and the
 * structural diff the rule set API computes for an upload). Department-wide.
 */
@Component
public class RuleChanges {
    private final JdbcClient jdbc;
    private final RuleSetVersions versions;

    RuleChanges(JdbcClient jdbc, RuleSetVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    public record Change(int version, String action, String activatedBy, LocalDateTime activatedAt, String author,
                  String approvedBy, String comment, Integer basedOn, boolean structural, LocalDate effectiveFrom,
                  LocalDate effectiveTo, String detail, List<String> changedFiles, int structuralChanges,
                  int dataChanges, List<RuleSetChange> changes, List<String> usedBy) {
    }

    private record Event(String version, String action, String actor, LocalDateTime at, String detail) {
    }

    private static final String EVENTS = """
            SELECT object_id, action, actor, at, detail FROM audit_events
            WHERE object_type = 'RuleSetVersion' AND action IN ('RULESET_ACTIVATED', 'RULESET_AUTO_ACTIVATED', 'RULESET_ROLLED_BACK')
            """;

    List<Change> of(ReportRange range) {
        Map<Integer, List<String>> used = new TreeMap<>();
        range.periods().stream().filter(p -> p.ruleSetVersion() != null)
                .forEach(p -> used.computeIfAbsent(p.ruleSetVersion(), v -> new ArrayList<>()).add(p.code()));
        List<Event> events = new ArrayList<>(jdbc.sql(EVENTS + " AND at >= :start AND at < :after ORDER BY at, id")
                .param("start", range.start().atStartOfDay()).param("after", range.end().plusDays(1).atStartOfDay())
                .query(RuleChanges::event).list());
        Set<String> listed = new HashSet<>();
        events.forEach(e -> listed.add(e.version()));
        used.keySet().stream().filter(v -> !listed.contains(String.valueOf(v))).forEach(v -> jdbc
                .sql(EVENTS + " AND object_id = :v ORDER BY at DESC, id DESC").param("v", String.valueOf(v))
                .query(RuleChanges::event).list().stream().findFirst().ifPresent(events::add));
        return events.stream().sorted(Comparator.comparing(Event::at))
                .map(e -> change(e, used.getOrDefault(Integer.parseInt(e.version()), List.of()))).toList();
    }

    private static Event event(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDateTime.class), rs.getString(5));
    }

    private Change change(Event event, List<String> usedBy) {
        RuleSetVersion v = versions.version(Integer.parseInt(event.version()));
        List<String> files = List.of();
        List<RuleSetChange> changes = List.of();
        if (v.basedOn() != null) {
            RuleSetFiles base = versions.files(v.basedOn());
            RuleSetFiles mine = versions.files(v.version());
            files = changedFiles(base, mine);
            changes = StructuralDiff.between(base, mine);
        }
        int structural = (int) changes.stream().filter(RuleSetChange::structural).count();
        return new Change(v.version(), event.action(), event.actor(), event.at(), v.author(), v.approvedBy(), v.comment(),
                v.basedOn(), v.structural(), v.effectiveFrom(), v.effectiveTo(), event.detail(), files, structural,
                changes.size() - structural, changes, usedBy);
    }

    private static List<String> changedFiles(RuleSetFiles base, RuleSetFiles files) {
        TreeSet<String> paths = new TreeSet<>(base.all().keySet());
        paths.addAll(files.all().keySet());
        return paths.stream().filter(p -> !java.util.Arrays.equals(base.all().get(p), files.all().get(p)))
                .filter(Objects::nonNull).toList();
    }
}
