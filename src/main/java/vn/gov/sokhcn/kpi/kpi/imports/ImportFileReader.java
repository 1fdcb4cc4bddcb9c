package vn.gov.sokhcn.kpi.kpi.imports;

import java.util.Locale;
import vn.gov.sokhcn.kpi.system.limits.PayloadTooLargeException;
import vn.gov.sokhcn.kpi.system.upload.FileMagic;
import vn.gov.sokhcn.kpi.system.upload.RefusedUploadException;
import vn.gov.sokhcn.kpi.system.upload.UploadInspector;

/**
 * Tells an .xlsx from a .csv by content first (a workbook is a ZIP archive; an old or encrypted one an OLE2 file),
 * then by name, has the {@link UploadInspector} check it as what it is, and reads it. Refuses what is neither.
 */
final class ImportFileReader {

    private ImportFileReader() {
    }

    static ParsedSheet read(String filename, byte[] bytes, long maxBytes, UploadInspector inspector) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (bytes.length == 0) {
            throw new UnreadableFileException("Tệp rỗng");
        }
        if (bytes.length > maxBytes) {
            throw PayloadTooLargeException.upload(maxBytes);
        }
        FileMagic magic = FileMagic.of(bytes);
        try {
            if (magic == FileMagic.ZIP && name.endsWith(".csv")) {
                throw new UnreadableFileException("Tệp mang đuôi .csv nhưng là một tệp nén (có thể là .xlsx đổi tên)");
            }
            if (magic != FileMagic.OTHER || name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
                inspector.workbook(filename, bytes);
                return XlsxReader.read(bytes);
            }
            if (!name.isEmpty() && !name.endsWith(".csv") && !name.endsWith(".txt")) {
                throw new UnreadableFileException("Chỉ nhận tệp .xlsx hoặc .csv");
            }
            inspector.csv(bytes);
            return CsvReader.read(bytes);
        } catch (RefusedUploadException e) {
            throw new UnreadableFileException(e.getMessage());
        }
    }

    static String megabytes(long bytes) {
        return PayloadTooLargeException.megabytes(bytes);
    }
}
