package vn.gov.sokhcn.kpi.ruleset.version;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion.State;
import vn.gov.sokhcn.kpi.system.DatabaseVendor;

/**
 * The versions of the rule set and their files in the database (file bytes as base64 text, portable). Every write
 * of versions starts with {@link #changing()}, which serialises the writers of all instances and tells the others.
 */
@Repository
public class VersionStore {
    /** The PostgreSQL channel a change of the versions is notified on ({@link VersionChangeWatcher} listens). */
    static final String CHANNEL = "rule_set_versions";

    private static final String COLUMNS = "version, state, sha256, author, comment, created_at, activated_at, activated_by, "
            + "effective_from, effective_to, based_on, structural, approved_by, approved_at";

    private final JdbcClient jdbc;
    private final DatabaseVendor vendor;

    VersionStore(JdbcClient jdbc, DatabaseVendor vendor) {
        this.jdbc = jdbc;
        this.vendor = vendor;
    }

    /**
     * First in a transaction that writes versions: locks the one row of {@code rule_set_changes} until the commit
     * (two instances' writes take turns, so a version number or a compare-and-set of the active version is not
     * raced), counts the change for the instances that poll and, on PostgreSQL, notifies those that listen (the
     * notification leaves at the commit, and not at all on a rollback).
     */
    void changing() {
        jdbc.sql("UPDATE rule_set_changes SET counter = counter + 1 WHERE id = 1").update();
        if (vendor.postgres()) {
            jdbc.sql("SELECT pg_notify('" + CHANNEL + "', '')").query().singleRow();
        }
    }

    /** The count of changes so far: a cheap query for the instances that poll. */
    long changeCount() {
        return jdbc.sql("SELECT counter FROM rule_set_changes WHERE id = 1").query(Long.class).single();
    }

    /** The ACTIVE version without an effective range (the database holds at most one), read now. */
    public Optional<Integer> activeDefault() {
        return jdbc.sql("SELECT version FROM rule_set_versions WHERE state = 'ACTIVE' AND effective_from IS NULL "
                + "AND effective_to IS NULL").query(Integer.class).optional();
    }

    public List<RuleSetVersion> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_set_versions ORDER BY version").query(VersionStore::row).list();
    }

    public Optional<RuleSetVersion> find(int version) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_set_versions WHERE version = ?").param(version)
                .query(VersionStore::row).optional();
    }

    public List<RuleSetVersion> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rule_set_versions WHERE state = 'ACTIVE' ORDER BY version")
                .query(VersionStore::row).list();
    }

    public RuleSetFiles files(int version) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        jdbc.sql("SELECT path, content FROM rule_set_files WHERE version = ?").param(version)
                .query(rs -> {
                    files.put(rs.getString(1), Base64.getDecoder().decode(rs.getString(2)));
                });
        return new RuleSetFiles(files);
    }

    /** The SHA-256 of each file of a version, by path: enough to tell which files two versions differ in. */
    public Map<String, String> fileHashes(int version) {
        Map<String, String> hashes = new LinkedHashMap<>();
        jdbc.sql("SELECT path, sha256 FROM rule_set_files WHERE version = ?").param(version)
                .query(rs -> {
                    hashes.put(rs.getString(1), rs.getString(2));
                });
        return hashes;
    }

    /** Stores a new version with its files; its number is the next free one (taken under {@link #changing()}'s lock). */
    @Transactional
    public int insert(State state, RuleSetFiles files, String author, String comment, Integer basedOn, boolean structural) {
        changing();
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM rule_set_versions").query(Integer.class).single();
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("INSERT INTO rule_set_versions (version, state, sha256, author, comment, created_at, activated_at, "
                        + "activated_by, based_on, structural) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(version, state.name(), files.sha256(), author, comment, now,
                        state == State.ACTIVE ? now : null, state == State.ACTIVE ? author : null, basedOn, structural)
                .update();
        files.all().forEach((path, bytes) -> jdbc.sql("INSERT INTO rule_set_files (version, path, content, sha256) VALUES (?, ?, ?, ?)")
                .params(version, path, Base64.getEncoder().encodeToString(bytes), sha256(bytes)).update());
        return version;
    }

    public void activate(int version, String by, LocalDate from, LocalDate to) {
        changing();
        jdbc.sql("UPDATE rule_set_versions SET state = 'ACTIVE', activated_at = ?, activated_by = ?, effective_from = ?, "
                + "effective_to = ? WHERE version = ?").params(LocalDateTime.now(), by, from, to, version).update();
    }

    /** Records an administrator's approval of a structural version. */
    public void approve(int version, String by) {
        jdbc.sql("UPDATE rule_set_versions SET approved_by = ?, approved_at = ? WHERE version = ?")
                .params(by, LocalDateTime.now(), version).update();
    }

    public void retire(int version) {
        changing();
        jdbc.sql("UPDATE rule_set_versions SET state = 'RETIRED' WHERE version = ?").param(version).update();
    }

    private static RuleSetVersion row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RuleSetVersion(rs.getInt("version"), State.valueOf(rs.getString("state")), rs.getString("sha256"),
                rs.getString("author"), rs.getString("comment"), rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("activated_at", LocalDateTime.class), rs.getString("activated_by"),
                rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
                rs.getObject("based_on", Integer.class), rs.getBoolean("structural"), rs.getString("approved_by"),
                rs.getObject("approved_at", LocalDateTime.class));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
