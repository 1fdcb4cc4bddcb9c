package vn.gov.sokhcn.kpi.ruleset.grid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.TableLayout;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersion;
import vn.gov.sokhcn.kpi.ruleset.version.RuleSetVersions;
import vn.gov.sokhcn.kpi.system.ConflictException;
import vn.gov.sokhcn.kpi.system.NotFoundException;

/**
 * A decision table edited in the browser: read as a grid, and saved as a new step of the DRAFT it was read from,
 * exactly as an upload of that one workbook based on the draft (its diff, history entry, author, four eyes).
 */
@Service
public class TableGrids {
    private final RuleSetVersions versions;

    TableGrids(RuleSetVersions versions) {
        this.versions = versions;
    }

    /** The grid of {@code sheet} in the workbook {@code file} (its name, e.g. xep-loai.drl.xlsx) of a version. */
    public TableGrid grid(int version, String file, String sheet) {
        RuleSetVersion v = versions.version(version);
        String path = path(version, file);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(versions.files(version).all().get(path)))) {
            Sheet found = sheetOf(book, file, sheet);
            TableLayout layout = TableLayout.of(found).orElseThrow(() -> new NotFoundException("bảng quyết định của tệp " + file, sheet));
            return GridReader.read(version, path, found, layout, v.state() == RuleSetVersion.State.DRAFT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The decision-table sheets of each workbook of a version, by file name: where the grid can be opened. */
    public Map<String, List<String>> sheets(int version) {
        Map<String, List<String>> sheets = new java.util.TreeMap<>();
        versions.files(version).all().forEach((path, bytes) -> {
            if (path.startsWith(RuleSetFiles.TABLES) && path.endsWith(".drl.xlsx")) {
                try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                    List<String> names = new java.util.ArrayList<>();
                    book.forEach(s -> TableLayout.of(s).ifPresent(l -> names.add(s.getSheetName())));
                    sheets.put(path.substring(path.lastIndexOf('/') + 1), names);
                } catch (IOException | RuntimeException e) {
                    sheets.put(path.substring(path.lastIndexOf('/') + 1), List.of()); // an unreadable upload: its problems say why
                }
            }
        });
        return sheets;
    }

    /** The edited workbook as a new step of the DRAFT {@code version}; a value an upload would refuse: 400 at its cell. */
    public RuleSetVersions.Draft save(int version, String file, String sheet, List<RowEdit> rows, String comment) {
        versions.checkMayUpload();
        RuleSetVersion v = versions.version(version);
        if (v.state() != RuleSetVersion.State.DRAFT) {
            throw new ConflictException("Phiên bản " + version + " không phải bản nháp: chỉ sửa bảng trong trình duyệt trên một "
                    + "bản nháp; hãy tải lên một bản nháp mới dựa trên phiên bản này rồi sửa bản nháp đó.");
        }
        String path = path(version, file);
        byte[] original = versions.files(version).all().get(path);
        grid(version, file, sheet); // the sheet exists and holds a table (404 otherwise)
        byte[] edited = TableEdits.apply(original, path, sheet, rows == null ? List.of() : rows);
        String why = comment == null || comment.isBlank() ? "Sửa bảng «" + sheet + "» của " + file + " trong trình duyệt" : comment.strip();
        return versions.upload(List.of(new RuleSetVersions.UploadedFile(file, edited)), String.valueOf(version), why);
    }

    private String path(int version, String file) {
        return versions.files(version).all().keySet().stream()
                .filter(p -> p.startsWith(RuleSetFiles.TABLES) && p.endsWith(".drl.xlsx") && p.endsWith("/" + file)).findFirst()
                .orElseThrow(() -> new NotFoundException("bảng quyết định của phiên bản " + version, file));
    }

    private static Sheet sheetOf(Workbook book, String file, String sheet) {
        Sheet found = book.getSheet(sheet);
        if (found == null) {
            throw new NotFoundException("trang của tệp " + file, sheet);
        }
        return found;
    }
}
