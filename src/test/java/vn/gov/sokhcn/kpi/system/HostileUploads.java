package vn.gov.sokhcn.kpi.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.sokhcn.kpi.system.upload.HostileFiles;

/** The hostile or mislabelled files each upload door is tried with, and what it must answer. */
final class HostileUploads {
    static final String IMPORTS = "/api/periods/{code}/imports";
    static final String RULE_SETS = "/api/rulesets";

    record Case(String label, String fileName, byte[] bytes, String message) {
        @Override
        public String toString() {
            return label + " (" + fileName + ")";
        }
    }

    private HostileUploads() {
    }

    static List<Case> forImports() {
        return workbookCases("so-lieu.xlsx", "so-lieu.xlsm", "Bảng tính có macro (VBA) không được nhận; hãy lưu lại thành "
                + "«Excel Workbook (.xlsx)», không có macro", List.of(
                new Case("CSV with a NUL byte", "so-lieu.csv", HostileFiles.csvWithNul(),
                        "Tệp không phải văn bản CSV (có byte nhị phân)"),
                new Case("CSV not in UTF-8", "so-lieu.csv", HostileFiles.csvNotUtf8(),
                        "Tệp CSV không được mã hóa UTF-8; hãy lưu lại với kiểu «CSV UTF-8»")));
    }

    static List<Case> forRuleSets() {
        Map<String, byte[]> manyEntries = new LinkedHashMap<>();
        for (int i = 0; i <= 1000; i++) {
            manyEntries.put("rules/x" + i + ".drl", new byte[] {'x'});
        }
        return workbookCases("xep-loai.drl.xlsx", "xep-loai.drl.xlsm", notARuleFile("xep-loai.drl.xlsm"), List.of(
                new Case("a CSV file", "so-lieu.csv", HostileFiles.csvWithNul(), notARuleFile("so-lieu.csv")),
                new Case("zip bomb by ratio", "bo.zip", HostileFiles.zip(Map.of("rules/bom.drl", new byte[20 << 20])),
                        "Mục «rules/bom.drl» của tệp nén nén hơn 100 lần; có thể là «bom nén», không được nhận"),
                new Case("zip bomb by entries", "bo.zip", HostileFiles.zip(manyEntries),
                        "Tệp nén có hơn 1000 mục nén; có thể là «bom nén», không được nhận"),
                new Case("a zip holding a workbook with an external entity", "bo.zip",
                        HostileFiles.zip(Map.of("decision-tables/xep-loai.drl.xlsx", HostileFiles.withExternalEntity())),
                        "Phần «xl/workbook.xml» của bảng tính «decision-tables/xep-loai.drl.xlsx» có khai báo DOCTYPE/ENTITY "
                                + "(thực thể XML ngoài), không được nhận; hãy lưu lại tệp bằng Excel"),
                new Case("a zip holding a zip bomb workbook", "bo.zip",
                        HostileFiles.zip(Map.of("decision-tables/xep-loai.drl.xlsx", HostileFiles.zipBombByRatio())),
                        "Mục «xl/media/image1.bin» của bảng tính «decision-tables/xep-loai.drl.xlsx» nén hơn 100 lần; "
                                + "có thể là «bom nén», không được nhận")));
    }

    private static String notARuleFile(String name) {
        return "Tệp «" + name + "» không phải bảng quyết định (.drl.xlsx), tệp luật (.drl) hay tệp nén (.zip) của bộ quy tắc";
    }

    private static List<Case> workbookCases(String name, String macroName, String macroNameMessage, List<Case> more) {
        String macros = "Bảng tính có macro (VBA) không được nhận; hãy lưu lại thành «Excel Workbook (.xlsx)», không có macro";
        List<Case> cases = new java.util.ArrayList<>(List.of(
                new Case("zip bomb by ratio", name, HostileFiles.zipBombByRatio(),
                        "Mục «xl/media/image1.bin» của bảng tính «" + name + "» nén hơn 100 lần; có thể là «bom nén», không được nhận"),
                new Case("zip bomb by entries", name, HostileFiles.zipBombByEntries(1000),
                        "Bảng tính «" + name + "» có hơn 1000 mục nén; có thể là «bom nén», không được nhận"),
                new Case("XML external entity", name, HostileFiles.withExternalEntity(), "Phần «xl/workbook.xml» của bảng tính «"
                        + name + "» có khai báo DOCTYPE/ENTITY (thực thể XML ngoài), không được nhận; hãy lưu lại tệp bằng Excel"),
                new Case("VBA project", name, HostileFiles.withVbaProject(), macros),
                new Case("macro-enabled content type", name, HostileFiles.withMacroContentType(), macros),
                new Case("macro-enabled file name", macroName, HostileFiles.workbook(), macroNameMessage),
                new Case("password-protected workbook", name, HostileFiles.passwordProtected(), "Bảng tính «" + name
                        + "» được bảo vệ bằng mật khẩu nên không đọc được; hãy mở tệp trong Excel, bỏ mật khẩu rồi lưu lại (.xlsx) "
                        + "không đặt mật khẩu"),
                new Case("old .xls", name, HostileFiles.oldXls(), "Tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy lưu lại thành .xlsx"),
                new Case("a PDF named .xlsx", name, HostileFiles.pdf(), "Tệp «" + name + "» không phải bảng tính Excel (.xlsx)"),
                new Case("a zip that is no workbook", name, HostileFiles.zipWithoutContentTypes(),
                        "Tệp «" + name + "» không phải bảng tính Excel (.xlsx): thiếu phần [Content_Types].xml")));
        cases.addAll(more);
        return cases;
    }
}
