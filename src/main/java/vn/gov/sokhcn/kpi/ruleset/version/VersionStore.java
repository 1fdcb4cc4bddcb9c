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

/** The versions of the rule set and their files in the database (file bytes as base64 text, portable). */
@Repository
public class VersionStore {
    private static final String COLUMNS = "version, state, sha256, author, comment, created_at, activated_at, activated_by, "
            + "effective_from, effective_to, based_on, structural, approved_by, approved_at";

    private final JdbcClient jdbc;

    VersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Stores a new version with its files; its number is the next free one. */
    @Transactional
    public int insert(State state, RuleSetFiles files, String author, String comment, Integer basedOn, boolean structural) {
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
        jdbc.sql("UPDATE rule_set_versions SET state = 'ACTIVE', activated_at = ?, activated_by = ?, effective_from = ?, "
                + "effective_to = ? WHERE version = ?").params(LocalDateTime.now(), by, from, to, version).update();
    }

    /** Records an administrator's approval of a structural version. */
    public void approve(int version, String by) {
        jdbc.sql("UPDATE rule_set_versions SET approved_by = ?, approved_at = ? WHERE version = ?")
                .params(by, LocalDateTime.now(), version).update();
    }

    public void retire(int version) {
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
