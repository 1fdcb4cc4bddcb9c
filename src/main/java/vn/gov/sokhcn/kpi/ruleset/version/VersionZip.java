package vn.gov.sokhcn.kpi.ruleset.version;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/** The files of a version as a .zip with its rules/ and decision-tables/ folders, the shape an upload takes back. */
final class VersionZip {
    private VersionZip() {
    }

    static byte[] of(RuleSetFiles files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.all().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
