package vn.gov.sokhcn.kpi.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.gov.sokhcn.kpi.KpiApplication;

@ExtendWith(OutputCaptureExtension.class)
class StartupWithBrokenRulesTest {

    @Test
    void shouldRefuseToStartAndNameTheCellWhenAWorkbookIsBroken(@TempDir Path tables, CapturedOutput output) throws Exception {
        for (Path p : Files.list(Path.of("decision-tables")).toList()) {
            Files.copy(p, tables.resolve(p.getFileName()));
        }
        Path bands = tables.resolve("xep-loai.drl.xlsx");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(bands)))) {
            wb.getSheet("Khung điểm").getRow(11).getCell(3).setCellValue("chín mươi");
            try (OutputStream out = Files.newOutputStream(bands)) {
                wb.write(out);
            }
        }
        assertThatThrownBy(() -> SpringApplication.run(KpiApplication.class, "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:broken", "--kpi.decision-tables.dir=" + tables))
                .hasStackTraceContaining("decision-tables/xep-loai.drl.xlsx!Khung điểm!D12");
        assertThat(output).contains("Bộ quy tắc không biên dịch được nên dịch vụ không khởi động")
                .contains("decision-tables/xep-loai.drl.xlsx!Khung điểm!D12: Cột «Điểm từ (≥)»: cần một số");
    }
}
