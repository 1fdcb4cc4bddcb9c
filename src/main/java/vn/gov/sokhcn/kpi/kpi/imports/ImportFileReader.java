package vn.gov.sokhcn.kpi.kpi.imports;

import java.util.Locale;

/**
 * Tells an .xlsx from a .csv by content first (a workbook is a ZIP archive), then by name, and reads
 * it. Refuses what is neither: an empty file, an old .xls, a binary file, a file over the size limit.
 */
final class ImportFileReader {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private ImportFileReader() {
    }

    static ParsedSheet read(String filename, byte[] bytes, long maxBytes) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (bytes.length == 0) {
            throw new UnreadableFileException("Tệp rỗng");
        }
        if (bytes.length > maxBytes) {
            throw new UnreadableFileException("Tệp quá lớn; giới hạn là " + megabytes(maxBytes) + " MB");
        }
        if (startsWith(bytes, ZIP)) {
            if (name.endsWith(".csv")) {
                throw new UnreadableFileException("Tệp mang đuôi .csv nhưng là một tệp nén (có thể là .xlsx đổi tên)");
            }
            return XlsxReader.read(bytes);
        }
        if (startsWith(bytes, OLE2)) {
            throw new UnreadableFileException("Tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy lưu lại thành .xlsx");
        }
        if (name.endsWith(".xlsx")) {
            throw new UnreadableFileException("Tệp mang đuôi .xlsx nhưng không phải bảng tính Excel");
        }
        if (!name.isEmpty() && !name.endsWith(".csv") && !name.endsWith(".txt")) {
            throw new UnreadableFileException("Chỉ nhận tệp .xlsx hoặc .csv");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableFileException("Tệp không phải văn bản CSV (có byte nhị phân)");
            }
        }
        return CsvReader.read(bytes);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String megabytes(long bytes) {
        String text = String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text).replace('.', ',');
    }
}
