package vn.gov.sokhcn.kpi.system.upload;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Walks every entry of a ZIP archive once, inflating it into nothing, and refuses a «zip bomb» on the way: too
 * many entries (counted from the central directory before anything is inflated), too much once inflated (stopped as
 * soon as the total passes the limit), or an entry inflating far more than ordinary files do. Notes the XML parts
 * that declare a document type. Reads the archive as POI and the rule set reader do: by its central directory.
 */
final class ZipScan {
    record Entry(String name, long size) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> withDoctype = new ArrayList<>();

    static ZipScan of(byte[] bytes, UploadLimits limits, String what) {
        ZipScan scan = new ZipScan();
        byte[] buffer = new byte[8192];
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
            if (all.size() > limits.maxEntries()) {
                throw new RefusedUploadException(what + " có hơn " + limits.maxEntries()
                        + " mục nén; có thể là «bom nén», không được nhận");
            }
            for (ZipArchiveEntry entry : all) {
                XmlMarkers markers = xml(entry.getName()) ? new XmlMarkers() : null;
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        size += n;
                        total += n;
                        if (total > limits.maxUncompressedBytes()) {
                            throw new RefusedUploadException(what + " khi giải nén lớn hơn giới hạn "
                                    + megabytes(limits.maxUncompressedBytes()) + " MB; có thể là «bom nén», không được nhận");
                        }
                        if (markers != null) {
                            markers.feed(buffer, n);
                        }
                    }
                }
                long compressed = Math.max(1, entry.getCompressedSize());
                if (size > limits.ratioFromBytes() && size / compressed > limits.maxCompressionRatio()) {
                    throw new RefusedUploadException("Mục «" + entry.getName() + "» của " + lower(what)
                            + " nén hơn " + limits.maxCompressionRatio() + " lần; có thể là «bom nén», không được nhận");
                }
                if (markers != null && markers.found()) {
                    scan.withDoctype.add(entry.getName());
                }
                scan.entries.add(new Entry(entry.getName(), size));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedUploadException refused) {
                throw refused;
            }
            throw new RefusedUploadException(what + " không đọc được như một tệp nén ZIP");
        }
        if (scan.entries.isEmpty()) {
            throw new RefusedUploadException(what + " không đọc được như một tệp nén ZIP");
        }
        return scan;
    }

    List<Entry> entries() {
        return entries;
    }

    boolean has(String name) {
        return entries.stream().anyMatch(e -> e.name().equals(name));
    }

    List<String> withDoctype() {
        return withDoctype;
    }

    private static boolean xml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    private static String lower(String what) {
        return what.isEmpty() ? what : Character.toLowerCase(what.charAt(0)) + what.substring(1);
    }

    static String megabytes(long bytes) {
        return vn.gov.sokhcn.kpi.system.limits.PayloadTooLargeException.megabytes(bytes);
    }
}
