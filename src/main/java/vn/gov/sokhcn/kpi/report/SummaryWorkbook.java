package vn.gov.sokhcn.kpi.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.system.xlsx.SheetWriter;

/** The summary report as a workbook: «Tổng hợp» first, then one sheet per section with the JSON's figures. */
public final class SummaryWorkbook {
    public static final String SUMMARY = "Tổng hợp";
    public static final String RATINGS = "Phân bố xếp loại";
    public static final String KPI = "Mức đạt KPI";
    public static final String RULES = "Thay đổi quy tắc";
    public static final String TRIALS = "Thử nghiệm";
    public static final String BONUS = "Thưởng";
    public static final String STAFFING = "Nhân sự";
    public static final String TRAINING = "Đào tạo";

    private SummaryWorkbook() {
    }

    /** The file name of a range's workbook. */
    public static String fileName(SummaryReport report) {
        return "bao-cao-tong-ket-" + report.range().from() + "-" + report.range().to() + ".xlsx";
    }

    public static byte[] write(SummaryReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetWriter.Styles styles = SheetWriter.Styles.of(workbook);
            Map<String, BiConsumer<SheetWriter, SummaryReport>> sheets = new LinkedHashMap<>();
            sheets.put(SUMMARY, SummarySheets::summary);
            sheets.put(RATINGS, SummarySheets::ratings);
            sheets.put(KPI, SummarySheets::kpi);
            sheets.put(RULES, SummarySheets::rules);
            sheets.put(TRIALS, SummarySheets::trials);
            sheets.put(BONUS, OutcomeSheets::bonus);
            sheets.put(STAFFING, OutcomeSheets::staffing);
            sheets.put(TRAINING, OutcomeSheets::training);
            sheets.forEach((name, writer) -> {
                SheetWriter sheet = new SheetWriter(workbook, name, styles);
                writer.accept(sheet, report);
                sheet.finish();
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The headers of the rating columns: the Vietnamese label with the official abbreviation (none for NOT_RATED). */
    static List<String> ratingHeaders() {
        List<String> headers = new ArrayList<>();
        for (String code : RatingDistribution.RATINGS) {
            Rating rating = Rating.valueOf(code);
            headers.add(rating == Rating.NOT_RATED ? rating.label() : rating.label() + " (" + code + ")");
        }
        return headers;
    }
}
