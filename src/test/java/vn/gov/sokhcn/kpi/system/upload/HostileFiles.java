package vn.gov.sokhcn.kpi.system.upload;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Hostile and mislabelled files, built in memory with java.util.zip and POI (no binary fixtures). */
public final class HostileFiles {
    private static final String DOCTYPE = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    private HostileFiles() {
    }

    /** A small, honest workbook with one sheet. */
    public static byte[] workbook() {
        return write(new XSSFWorkbook(), true);
    }

    /** A workbook with an extra part of 20 MB of zeros: it inflates about a thousand times. */
    public static byte[] zipBombByRatio() {
        return withEntries(workbook(), Map.of("xl/media/image1.bin", new byte[20 * 1024 * 1024]));
    }

    /** A workbook with {@code count} extra tiny parts. */
    public static byte[] zipBombByEntries(int count) {
        Map<String, byte[]> extra = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            extra.put("xl/media/image" + i + ".bin", new byte[] {(byte) i});
        }
        return withEntries(workbook(), extra);
    }

    /** A workbook whose xl/workbook.xml declares an external entity. */
    public static byte[] withExternalEntity() {
        return rewrite(workbook(), "xl/workbook.xml", xml -> xml.replaceFirst("\\?>", "?>" + DOCTYPE));
    }

    /** A workbook carrying a VBA project. */
    public static byte[] withVbaProject() {
        return withEntries(workbook(), Map.of("xl/vbaProject.bin", "VBA".getBytes(StandardCharsets.US_ASCII)));
    }

    /** A workbook declaring itself macro-enabled in its content types. */
    public static byte[] withMacroContentType() {
        return rewrite(workbook(), "[Content_Types].xml", xml -> xml.replace(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml"));
    }

    /** A workbook saved with the password «demo» (an OLE2 file holding EncryptionInfo and EncryptedPackage). */
    public static byte[] passwordProtected() {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("demo");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(workbook());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Excel 97-2003 workbook. */
    public static byte[] oldXls() {
        return write(new HSSFWorkbook(), true);
    }

    /** A ZIP archive that is no workbook (no [Content_Types].xml). */
    public static byte[] zipWithoutContentTypes() {
        return zip(Map.of("ghi-chu.txt", "không phải bảng tính".getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] pdf() {
        return "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] csvWithNul() {
        return "Mã cán bộ,Trọng số\nCB001,1\0\n".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] csvNotUtf8() {
        return "Mã cán bộ,Trọng số\n".getBytes(Charset.forName("windows-1258"));
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] withEntries(byte[] archive, Map<String, byte[]> extra) {
        Map<String, byte[]> entries = entries(archive);
        entries.putAll(extra);
        return zip(entries);
    }

    static byte[] rewrite(byte[] archive, String name, UnaryOperator<String> change) {
        Map<String, byte[]> entries = entries(archive);
        String text = new String(entries.get(name), StandardCharsets.UTF_8);
        String changed = change.apply(text);
        if (changed.equals(text)) {
            throw new IllegalStateException("nothing changed in " + name + ": " + text);
        }
        entries.put(name, changed.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private static Map<String, byte[]> entries(byte[] archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static byte[] write(Workbook workbook, boolean withSheet) {
        try (workbook) {
            if (withSheet) {
                workbook.createSheet("Nhập liệu").createRow(0).createCell(0).setCellValue("Mã cán bộ");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
