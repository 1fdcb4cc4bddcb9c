package vn.gov.sokhcn.kpi.system.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Files checked as what they claim to be: each hostile or mislabelled one refused with its reason in Vietnamese. */
class UploadInspectorTest {
    /** The shipped limits: 1000 entries, 100 MB inflated, ratio 100 from 100 KB. */
    private final UploadInspector inspector = new UploadInspector(new UploadLimits(1000, 100L << 20, 100, 100 << 10));

    @Test
    void shouldAcceptAnHonestWorkbookAndEveryShippedDecisionTable() throws IOException {
        assertThatCode(() -> inspector.workbook("so-lieu.xlsx", HostileFiles.workbook())).doesNotThrowAnyException();
        List<Path> tables;
        try (Stream<Path> files = Files.list(Path.of("decision-tables"))) {
            tables = files.filter(p -> p.toString().endsWith(".drl.xlsx")).toList();
        }
        assertThat(tables).isNotEmpty();
        for (Path table : tables) {
            assertThatCode(() -> inspector.workbook(table.getFileName().toString(), Files.readAllBytes(table)))
                    .as(table.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void shouldRefuseAZipBombByCompressionRatio() {
        expectRefused(() -> inspector.workbook("bom.xlsx", HostileFiles.zipBombByRatio()),
                "Mục «xl/media/image1.bin» của bảng tính «bom.xlsx» nén hơn 100 lần; có thể là «bom nén», không được nhận");
    }

    @Test
    void shouldRefuseAZipBombByEntryCount() {
        expectRefused(() -> inspector.workbook("bom.xlsx", HostileFiles.zipBombByEntries(1000)),
                "Bảng tính «bom.xlsx» có hơn 1000 mục nén; có thể là «bom nén», không được nhận");
    }

    @Test
    void shouldRefuseAZipBombByTotalSizeAsSoonAsItPassesTheLimit() {
        UploadInspector small = new UploadInspector(new UploadLimits(1000, 1 << 20, 10_000, 100 << 10));
        expectRefused(() -> small.zip(HostileFiles.zipBombByRatio()),
                "Tệp nén khi giải nén lớn hơn giới hạn 1 MB; có thể là «bom nén», không được nhận");
    }

    @Test
    void shouldRefuseAnXmlExternalEntityInAnyPart() {
        expectRefused(() -> inspector.workbook("xxe.xlsx", HostileFiles.withExternalEntity()),
                "Phần «xl/workbook.xml» của bảng tính «xxe.xlsx» có khai báo DOCTYPE/ENTITY (thực thể XML ngoài), "
                        + "không được nhận; hãy lưu lại tệp bằng Excel");
    }

    @Test
    void shouldRefuseADoctypeEvenInUtf16() {
        byte[] utf16 = HostileFiles.zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(),
                "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DocType r><r/>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
        expectRefused(() -> inspector.workbook("a.xlsx", utf16), "Phần «xl/workbook.xml» của bảng tính «a.xlsx» có khai báo "
                + "DOCTYPE/ENTITY (thực thể XML ngoài), không được nhận; hãy lưu lại tệp bằng Excel");
    }

    @Test
    void shouldRefuseMacroEnabledWorkbooks() {
        String macros = "Bảng tính có macro (VBA) không được nhận; hãy lưu lại thành «Excel Workbook (.xlsx)», không có macro";
        expectRefused(() -> inspector.workbook("macro.xlsx", HostileFiles.withVbaProject()), macros);
        expectRefused(() -> inspector.workbook("macro.xlsx", HostileFiles.withMacroContentType()), macros);
        expectRefused(() -> inspector.workbook("so-lieu.xlsm", HostileFiles.workbook()), macros);
    }

    @Test
    void shouldRefuseAPasswordProtectedWorkbookSayingSo() {
        expectRefused(() -> inspector.workbook("mat-khau.xlsx", HostileFiles.passwordProtected()),
                "Bảng tính «mat-khau.xlsx» được bảo vệ bằng mật khẩu nên không đọc được; hãy mở tệp trong Excel, "
                        + "bỏ mật khẩu rồi lưu lại (.xlsx) không đặt mật khẩu");
    }

    @Test
    void shouldRefuseAnOldXlsAskingForXlsx() {
        expectRefused(() -> inspector.workbook("cu.xls", HostileFiles.oldXls()),
                "Tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy lưu lại thành .xlsx");
    }

    @Test
    void shouldRefuseWhatIsNoWorkbookAtAll() {
        expectRefused(() -> inspector.workbook("bao-cao.xlsx", HostileFiles.pdf()),
                "Tệp «bao-cao.xlsx» không phải bảng tính Excel (.xlsx)");
        expectRefused(() -> inspector.workbook("nen.xlsx", HostileFiles.zipWithoutContentTypes()),
                "Tệp «nen.xlsx» không phải bảng tính Excel (.xlsx): thiếu phần [Content_Types].xml");
        expectRefused(() -> inspector.workbook("hong.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}),
                "Bảng tính «hong.xlsx» không đọc được như một tệp nén ZIP");
    }

    @Test
    void shouldRefuseAZipThatIsNoZip() {
        expectRefused(() -> inspector.zip(HostileFiles.pdf()), "Tệp .zip không đọc được");
        expectRefused(() -> inspector.zip(HostileFiles.zipBombByEntries(1000)),
                "Tệp nén có hơn 1000 mục nén; có thể là «bom nén», không được nhận");
    }

    @Test
    void shouldAcceptUtf8CsvAndRefuseBinaryOrOtherEncodings() {
        assertThatCode(() -> inspector.csv("\uFEFFMã cán bộ,Trọng số\nCB001,10\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .doesNotThrowAnyException();
        expectRefused(() -> inspector.csv(HostileFiles.csvWithNul()), "Tệp không phải văn bản CSV (có byte nhị phân)");
        expectRefused(() -> inspector.csv(HostileFiles.csvNotUtf8()),
                "Tệp CSV không được mã hóa UTF-8; hãy lưu lại với kiểu «CSV UTF-8»");
    }

    private static void expectRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(RefusedUploadException.class).hasMessage(message);
    }
}
