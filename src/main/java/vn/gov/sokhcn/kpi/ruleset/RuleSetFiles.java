package vn.gov.sokhcn.kpi.ruleset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one rule set by path relative to the set's root ({@code rules/scoring/x.drl},
 * {@code decision-tables/x.drl.xlsx}); the SHA-256 covers every path and its bytes, in path order.
 */
public final class RuleSetFiles {
    public static final String RULES = "rules/";
    public static final String TABLES = "decision-tables/";
    /** The sheet of a workbook holding its test cases, never compiled as a decision table. */
    public static final String TEST_SHEET = "Kiểm thử";

    private final SortedMap<String, byte[]> files;

    public RuleSetFiles(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public SortedMap<String, byte[]> all() {
        return files;
    }

    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
