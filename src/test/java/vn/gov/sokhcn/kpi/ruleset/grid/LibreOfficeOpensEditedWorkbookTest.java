package vn.gov.sokhcn.kpi.ruleset.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook the grid saved opens in LibreOffice: one headless conversion to xlsx, reopened with POI, has the
 * changed values and the added row. Without soffice the test is skipped on a workstation but fails in CI
 * ({@code CI=true}), where {@code .ci/run} installs it.
 */
class LibreOfficeOpensEditedWorkbookTest {

    @Test
    void shouldOpenInLibreOfficeWithTheChangedValues(@TempDir Path dir) throws Exception {
        String soffice = soffice();
        byte[] edited = TableEdits.apply(TableEditsTest.withRatingList(), TableEditsTest.XEP_LOAI, "Khung điểm", List.of(
                TableEditsTest.change(20, "D", "75"), TableEditsTest.change(21, "E", "75"),
                new RowEdit(null, 22, false, Map.of("B", "Tốt", "C", "DECREE_99", "D", "70", "E", "90", "F", "HTTNV"))));
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.write(in.resolve("xep-loai.drl.xlsx"), edited);
        Path out = dir.resolve("out");
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "xlsx", "--outdir", out.toString(), in.resolve("xep-loai.drl.xlsx").toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        String log = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(log).isZero();

        try (XSSFWorkbook converted = TableEditsTest.open(Files.readAllBytes(out.resolve("xep-loai.drl.xlsx")))) {
            assertThat(TableEditsTest.text(converted, "Khung điểm", "D20")).isEqualTo("75");
            assertThat(TableEditsTest.text(converted, "Khung điểm", "E21")).isEqualTo("75");
            assertThat(TableEditsTest.text(converted, "Khung điểm", "C23")).isEqualTo("DECREE_99");
            assertThat(TableEditsTest.text(converted, "Kiểm thử", "A2")).isEqualTo("XL-01");
            assertThat(converted.getSheet("Khung điểm").getDataValidations()).hasSize(1);
        }
    }

    /** The soffice on the PATH; missing: skipped here, a failure in CI. */
    private static String soffice() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return Path.of(dir, "soffice").toString();
            }
        }
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assertThat(ci).as("soffice (LibreOffice) is missing in CI: .ci/run installs libreoffice-calc-nogui").isFalse();
        assumeTrue(false, "soffice (LibreOffice) is not installed here");
        return null;
    }
}
