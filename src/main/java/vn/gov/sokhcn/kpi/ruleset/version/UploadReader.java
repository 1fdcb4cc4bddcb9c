package vn.gov.sokhcn.kpi.ruleset.version;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import vn.gov.sokhcn.kpi.system.FieldProblem;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.system.limits.PayloadTooLargeException;
import vn.gov.sokhcn.kpi.system.upload.RefusedUploadException;
import vn.gov.sokhcn.kpi.system.upload.UploadInspector;

/**
 * Reads uploaded rule files into the files of a new version: each workbook ({@code .drl.xlsx}) or DRL
 * replaces the file of the same name of the base version, the others are kept; a {@code .zip} with {@code rules/}
 * and {@code decision-tables/} replaces the whole set, so it comes alone. Anything else is refused in Vietnamese.
 */
final class UploadReader {
    private UploadReader() {
    }

    /** The base with every uploaded file in place, in the order sent. */
    static RuleSetFiles mergeAll(List<RuleSetVersions.UploadedFile> uploads, RuleSetFiles base, long maxBytes,
                                 UploadInspector inspector) {
        if (uploads.isEmpty()) {
            throw refused("Thiếu tệp: gửi bảng quyết định (.drl.xlsx), tệp luật (.drl) hoặc tệp nén (.zip) "
                    + "trong phần «file» của yêu cầu multipart/form-data");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RuleSetVersions.UploadedFile upload : uploads) {
            String name = fileName(upload.name());
            if (name.endsWith(".zip") && uploads.size() > 1) {
                throw refused("Tệp nén «" + name + "» thay cả bộ quy tắc nên phải gửi một mình, không kèm tệp khác");
            }
            if (!seen.add(name)) {
                throw refused("Tệp «" + name + "» được gửi hai lần trong cùng một lần tải lên");
            }
        }
        RuleSetFiles files = base;
        for (RuleSetVersions.UploadedFile upload : uploads) {
            files = merge(upload.name(), upload.bytes(), files, maxBytes, inspector);
        }
        return files;
    }

    private static String fileName(String name) {
        String path = name == null ? "" : name.replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static RuleSetFiles merge(String name, byte[] bytes, RuleSetFiles base, long maxBytes, UploadInspector inspector) {
        try {
            return mergeChecked(name, bytes, base, maxBytes, inspector);
        } catch (RefusedUploadException e) {
            throw refused(e.getMessage());
        }
    }

    private static RuleSetFiles mergeChecked(String name, byte[] bytes, RuleSetFiles base, long maxBytes,
                                             UploadInspector inspector) {
        if (bytes == null || bytes.length == 0) {
            throw refused("Tệp tải lên rỗng");
        }
        if (bytes.length > maxBytes) {
            throw PayloadTooLargeException.upload(maxBytes);
        }
        String file = fileName(name);
        if (file.endsWith(".zip")) {
            inspector.zip(bytes);
            return new RuleSetFiles(unzip(bytes, maxBytes, inspector));
        }
        if (!file.endsWith(".drl.xlsx") && !file.endsWith(".drl")) {
            throw refused("Tệp «" + file + "» không phải bảng quyết định (.drl.xlsx), tệp luật (.drl) hay tệp nén (.zip) của bộ quy tắc");
        }
        if (file.endsWith(".drl.xlsx")) {
            inspector.workbook(file, bytes);
        }
        String path = base.all().keySet().stream().filter(p -> p.equals(file) || p.endsWith("/" + file)).findFirst()
                .orElseThrow(() -> refused("Bộ quy tắc không có tệp «" + file + "» trong thư mục rules/ hay decision-tables/; "
                        + "muốn thêm tệp mới, hãy tải lên tệp .zip của cả bộ"));
        Map<String, byte[]> files = new TreeMap<>(base.all());
        files.put(path, bytes);
        return new RuleSetFiles(files);
    }

    private static Map<String, byte[]> unzip(byte[] bytes, long maxBytes, UploadInspector inspector) {
        Map<String, byte[]> files = new TreeMap<>();
        // The central directory, as the upload inspector (and POI) read it, so all see the same entries.
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String path = entry.getName().replace('\\', '/');
                if (path.startsWith("/") || path.contains(":") || List.of(path.split("/")).contains("..")) {
                    throw refused("Tệp nén có đường dẫn không hợp lệ «" + entry.getName() + "»");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                boolean rule = path.startsWith(RuleSetFiles.RULES) && path.endsWith(".drl");
                boolean table = path.startsWith(RuleSetFiles.TABLES) && path.endsWith(".drl.xlsx") && !path.substring(16).contains("/");
                if (!rule && !table) {
                    throw refused("Tệp «" + path + "» không thuộc thư mục rules/ (*.drl) hay decision-tables/ (*.drl.xlsx) của bộ quy tắc");
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = read(in, maxBytes);
                }
                if (table) {
                    inspector.workbook(path, content);
                }
                files.put(path, content);
            }
        } catch (IOException e) {
            throw refused("Tệp .zip không đọc được");
        }
        if (files.isEmpty()) {
            throw refused("Tệp .zip không có tệp nào của bộ quy tắc");
        }
        return files;
    }

    private static byte[] read(InputStream zip, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > maxBytes) {
                throw refused("Tệp trong tệp nén lớn hơn giới hạn " + PayloadTooLargeException.megabytes(maxBytes) + " MB");
            }
        }
        return out.toByteArray();
    }

    static InvalidRequestException refused(String message) {
        return new InvalidRequestException(List.of(new FieldProblem("file", message)));
    }
}
