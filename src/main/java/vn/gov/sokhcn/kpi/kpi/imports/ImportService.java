package vn.gov.sokhcn.kpi.kpi.imports;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.audit.AuditLog;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.security.CurrentUser;
import vn.gov.sokhcn.kpi.system.limits.ImportProperties;
import vn.gov.sokhcn.kpi.system.upload.UploadInspector;

/**
 * Templates and imports of a period. An import is all or nothing: the file is read and every row
 * checked before anything is written; one bad cell refuses the file with every problem listed, and a
 * failure while writing rolls back the whole transaction.
 */
@Service
public class ImportService {
    private static final Comparator<ImportProblem> IN_SHEET_ORDER = Comparator.comparingInt(ImportProblem::row)
            .thenComparing(p -> p.column() == null ? "" : p.column(), Comparator.comparingInt(String::length)
                    .thenComparing(Comparator.naturalOrder()));

    private final PeriodDataQueries queries;
    private final ImportWriter writer;
    private final TransactionTemplate transaction;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final long maxBytes;
    private final UploadInspector inspector;

    ImportService(PeriodDataQueries queries, ImportWriter writer, TransactionTemplate transaction, CurrentUser currentUser,
                  AuditLog audit, ImportProperties limits, UploadInspector inspector) {
        this.inspector = inspector;
        this.queries = queries;
        this.writer = writer;
        this.transaction = transaction;
        this.currentUser = currentUser;
        this.audit = audit;
        this.maxBytes = limits.maxFileSize().toBytes();
    }

    byte[] template(String periodCode, TemplateFormat format) {
        PeriodData data = queries.load(periodCode);
        List<Map<ImportColumn, Object>> rows = TemplateRows.of(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == TemplateFormat.CSV) {
            CsvTemplateWriter.write(rows, out);
        } else {
            XlsxTemplateWriter.write(data, rows, maxBytes, out);
        }
        return out.toByteArray();
    }

    public ImportResult importFile(String periodCode, String filename, byte[] bytes) {
        try {
            return checkAndWrite(periodCode, filename, bytes);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Trong lúc nhập, dữ liệu giao chỉ tiêu của kỳ «" + periodCode
                    + "» vừa được thay đổi ở nơi khác; không dữ liệu nào được ghi, hãy nhập lại tệp");
        }
    }

    private ImportResult checkAndWrite(String periodCode, String filename, byte[] bytes) {
        String user = currentUser.name();
        return transaction.execute(status -> {
            PeriodData data = queries.load(periodCode);
            ParsedSheet sheet = ImportFileReader.read(filename, bytes, maxBytes, inspector);
            if (!sheet.headerProblems().isEmpty()) {
                throw new InvalidImportException(sheet.headerProblems().stream().sorted(IN_SHEET_ORDER).toList());
            }
            if (sheet.rows().isEmpty()) {
                throw new UnreadableFileException("Tệp không có dòng số liệu nào dưới dòng tiêu đề");
            }
            List<ImportProblem> problems = new ArrayList<>();
            List<ImportLine> lines = new LineChecker(data, sheet).check(problems);
            if (!problems.isEmpty()) {
                problems.sort(IN_SHEET_ORDER);
                throw new InvalidImportException(problems);
            }
            if (lines.isEmpty()) {
                throw new UnreadableFileException("Tệp không có dòng nào ghi chỉ số để nhập");
            }
            ImportResult result = writer.write(data, lines, filename == null || filename.isBlank() ? "không tên" : filename, user);
            audit.recordAs(user, AuditAction.IMPORT, "Period", periodCode, null, result, "Nhập tệp «" + result.file()
                    + "» cho kỳ «" + periodCode + "»: " + result.rows() + " dòng; giao chỉ tiêu thêm " + result.assignmentsCreated()
                    + ", sửa " + result.assignmentsUpdated() + ", giữ nguyên " + result.assignmentsUnchanged()
                    + "; số liệu thêm " + result.measurementsCreated() + ", sửa " + result.measurementsUpdated()
                    + ", giữ nguyên " + result.measurementsUnchanged());
            return result;
        });
    }

    enum TemplateFormat { XLSX, CSV }
}
