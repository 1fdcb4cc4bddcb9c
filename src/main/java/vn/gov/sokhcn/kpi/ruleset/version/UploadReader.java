package vn.gov.sokhcn.kpi.ruleset.version;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.gov.sokhcn.kpi.evaluation.api.FieldProblem;
import vn.gov.sokhcn.kpi.evaluation.api.InvalidRequestException;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

/**
 * Reads an uploaded rule file into the files of a new version: a workbook ({@code .drl.xlsx}) or a DRL
 * replaces the file of the same name of the base version; a {@code .zip} with {@code rules/} and
 * {@code decision-tables/} replaces the whole set. Anything else is refused in Vietnamese.
 */
final class UploadReader {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private UploadReader() {
    }

    static RuleSetFiles merge(String name, byte[] bytes, RuleSetFiles base, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused("Tệp tải lên rỗng");
        }
        if (bytes.length > maxBytes) {
            throw refused("Tệp tải lên lớn hơn giới hạn " + maxBytes / (1024 * 1024) + " MB");
        }
        String file = name == null ? "" : name.replace('\\', '/').substring(name.replace('\\', '/').lastIndexOf('/') + 1);
        if (file.endsWith(".zip")) {
            return new RuleSetFiles(unzip(bytes, maxBytes));
        }
        if (!file.endsWith(".drl.xlsx") && !file.endsWith(".drl")) {
            throw refused("Tệp «" + file + "» không phải bảng quyết định (.drl.xlsx), tệp luật (.drl) hay tệp nén (.zip) của bộ quy tắc");
        }
        if (file.endsWith(".drl.xlsx") && !startsWithZipMagic(bytes)) {
            throw refused("Tệp «" + file + "» không phải bảng tính Excel (.xlsx)");
        }
        String path = base.all().keySet().stream().filter(p -> p.equals(file) || p.endsWith("/" + file)).findFirst()
                .orElseThrow(() -> refused("Bộ quy tắc không có tệp «" + file + "» trong thư mục rules/ hay decision-tables/; "
                        + "muốn thêm tệp mới, hãy tải lên tệp .zip của cả bộ"));
        Map<String, byte[]> files = new TreeMap<>(base.all());
        files.put(path, bytes);
        return new RuleSetFiles(files);
    }

    private static Map<String, byte[]> unzip(byte[] bytes, long maxBytes) {
        if (!startsWithZipMagic(bytes)) {
            throw refused("Tệp .zip không đọc được");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
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
                files.put(path, read(zip, maxBytes));
            }
        } catch (IOException e) {
            throw refused("Tệp .zip không đọc được");
        }
        if (files.isEmpty()) {
            throw refused("Tệp .zip không có tệp nào của bộ quy tắc");
        }
        return files;
    }

    private static byte[] read(ZipInputStream zip, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > maxBytes) {
                throw refused("Tệp trong tệp nén lớn hơn giới hạn " + maxBytes / (1024 * 1024) + " MB");
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWithZipMagic(byte[] bytes) {
        if (bytes.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (bytes[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    static InvalidRequestException refused(String message) {
        return new InvalidRequestException(List.of(new FieldProblem("file", message)));
    }
}
