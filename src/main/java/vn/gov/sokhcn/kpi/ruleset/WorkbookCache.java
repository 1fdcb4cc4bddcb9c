package vn.gov.sokhcn.kpi.ruleset;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * What was read from a workbook (its generated DRL, its «Kiểm thử» rows), by its path and the SHA-256 of its bytes:
 * reading one opens it with POI, and a draft usually changes one workbook of eight, so the others are not read again.
 * Values must be immutable, as they are shared. Only the few used last are kept; the JVM system property
 * {@code kpi.ruleset.workbook-cache-entries} (default 32; 0 keeps none) sets how many per cache, JVM-wide like the
 * cache of compiled sets, so not a Spring property.
 */
public final class WorkbookCache<T> {
    private final LastUsed<T> kept = new LastUsed<>(Integer.getInteger("kpi.ruleset.workbook-cache-entries", 32));

    /** What the workbook at {@code path} with these bytes gives, read by {@code read} when not kept. */
    public T get(String path, byte[] bytes, Supplier<T> read) {
        // the path is in every problem and location: part of the key
        return kept.get(path + "\u0000" + sha256(bytes), read);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
