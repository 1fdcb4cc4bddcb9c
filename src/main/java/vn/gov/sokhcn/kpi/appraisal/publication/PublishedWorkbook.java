package vn.gov.sokhcn.kpi.appraisal.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.system.xlsx.SheetWriter;

/** The published list as a workbook: one sheet, a title naming the period and agency, one row per person. */
final class PublishedWorkbook {
    static final String SHEET = "Danh sách xếp loại";

    private PublishedWorkbook() {
    }

    static String fileName(PublishedList.View list) {
        return "xep-loai-" + list.period() + "-" + list.agency() + ".xlsx";
    }

    static String title(PublishedList.View list) {
        return "Danh sách xếp loại chất lượng " + list.periodLabel() + " — " + list.agencyName()
                + (list.published() ? "" : " (bản xem trước, chưa công bố)");
    }

    static byte[] write(PublishedList.View list) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetWriter sheet = new SheetWriter(workbook, SHEET, SheetWriter.Styles.of(workbook));
            sheet.title(title(list));
            if (list.publishedAt() != null) {
                sheet.row("Công bố ngày " + list.publishedAt().toLocalDate() + ", bởi " + list.publishedBy());
            }
            sheet.header("STT", "Mã cán bộ", "Họ và tên", "Đơn vị", "Xếp loại", "Mức xếp loại");
            int n = 0;
            for (PublishedList.Row row : list.items()) {
                sheet.row(++n, row.code(), row.name(), row.unitName(), row.rating() == null ? "Chưa quyết định"
                        : Rating.valueOf(row.rating()).shortName(),
                        row.ratingLabel());
            }
            sheet.finish();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
