package vn.gov.sokhcn.kpi.system.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** The text of an OOXML archive's {@code [Content_Types].xml} (already size-checked by {@link ZipScan}). */
final class ContentTypes {

    private ContentTypes() {
    }

    static String of(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            ZipArchiveEntry entry = zip.getEntry("[Content_Types].xml");
            if (entry == null) {
                return "";
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\0", "");
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
