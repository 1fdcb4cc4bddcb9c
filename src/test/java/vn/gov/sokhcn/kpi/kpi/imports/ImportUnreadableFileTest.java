package vn.gov.sokhcn.kpi.kpi.imports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A file that is not an import at all is refused with a reason in Vietnamese; so is an unknown period. */
@SpringBootTest(properties = ImportTests.CONTEXT)
@AutoConfigureMockMvc
class ImportUnreadableFileTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void data() {
        new ImportFixture(jdbc).reset();
    }

    @Test
    void shouldRefuseAnEmptyFile() throws Exception {
        expectUnreadable("trong.csv", new byte[0], "Tệp rỗng");
    }

    @Test
    void shouldRefuseAFileOverTheSizeLimitAsTooLarge() throws Exception {
        ImportTests.upload(mvc, "lon.csv", new byte[1024 * 1024 + 1])
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:payload-too-large"))
                .andExpect(jsonPath("$.title").value("Nội dung quá lớn"))
                .andExpect(jsonPath("$.detail").value("Tệp tải lên lớn hơn giới hạn 1 MB"));
    }

    @Test
    void shouldRefuseAFileNamedXlsxThatIsNotAWorkbook() throws Exception {
        expectUnreadable("bao-cao.xlsx", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII),
                "Tệp «bao-cao.xlsx» không phải bảng tính Excel (.xlsx)");
    }

    @Test
    void shouldRefuseAZipArchiveThatIsNotAWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("ghi-chu.txt"));
            zip.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
        }
        expectUnreadable("nen.xlsx", out.toByteArray(),
                "Tệp «nen.xlsx» không phải bảng tính Excel (.xlsx): thiếu phần [Content_Types].xml");
    }

    @Test
    void shouldRefuseAnOldExcelFile() throws Exception {
        expectUnreadable("cu.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0},
                "Tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy lưu lại thành .xlsx");
    }

    @Test
    void shouldRefuseAFileThatIsNeitherXlsxNorCsv() throws Exception {
        expectUnreadable("so-lieu.docx", "Mã cán bộ".getBytes(StandardCharsets.UTF_8), "Chỉ nhận tệp .xlsx hoặc .csv");
    }

    @Test
    void shouldRefuseACsvFileNotEncodedInUtf8() throws Exception {
        expectUnreadable("so-lieu.csv", "Mã cán bộ,Trọng số\n".getBytes(Charset.forName("windows-1258")),
                "Tệp CSV không được mã hóa UTF-8; hãy lưu lại với kiểu «CSV UTF-8»");
    }

    @Test
    void shouldRefuseAFileWithoutDataRows() throws Exception {
        expectUnreadable("tieu-de.csv", "Mã cán bộ,Mã chỉ số,Trọng số\n".getBytes(StandardCharsets.UTF_8),
                "Tệp không có dòng số liệu nào dưới dòng tiêu đề");
    }

    @Test
    void shouldRefuseARequestWithoutAFile() throws Exception {
        mvc.perform(multipart("/api/periods/2026-03/imports").param("note", "x").with(httpBasic("hr", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "Thiếu tệp: gửi tệp .xlsx hoặc .csv trong phần «file» của yêu cầu multipart/form-data"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPeriod() throws Exception {
        mvc.perform(multipart("/api/periods/2031-01/imports")
                        .file("file", "Mã cán bộ,Mã chỉ số,Trọng số\nCB001,TTHC_DUNG_HAN,10\n".getBytes(StandardCharsets.UTF_8))
                        .with(httpBasic("hr", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:not-found"))
                .andExpect(jsonPath("$.detail").value("Không tìm thấy kỳ đánh giá «2031-01»"));
    }

    private void expectUnreadable(String filename, byte[] bytes, String detail) throws Exception {
        ImportTests.upload(mvc, filename, bytes)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kpi:problem:unreadable-import"))
                .andExpect(jsonPath("$.title").value("Không đọc được tệp nhập"))
                .andExpect(jsonPath("$.detail").value(detail));
    }
}
