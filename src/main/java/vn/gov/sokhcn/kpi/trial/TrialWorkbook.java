package vn.gov.sokhcn.kpi.trial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.trial.TrialComparison.Side;

/**
 * A trial as a workbook an expert can read: «Tóm tắt», «Từng người», «Theo đơn vị», «Hạn ngạch», «Thưởng»;
 * Vietnamese headers in bold, the header row frozen, numbers as numbers.
 */
final class TrialWorkbook {
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle money;
    private final CellStyle wrap;

    private TrialWorkbook() {
        Font font = book.createFont();
        font.setBold(true);
        bold = book.createCellStyle();
        bold.setFont(font);
        money = book.createCellStyle();
        money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
    }

    static byte[] of(TrialComparison t) {
        TrialWorkbook w = new TrialWorkbook();
        w.summary(t);
        w.people(t);
        w.units(t);
        w.quota(t);
        w.bonus(t);
        try (XSSFWorkbook book = w.book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(TrialComparison t) {
        Sheet s = sheet("Tóm tắt", new int[] {44, 60}, "Mục", "Giá trị");
        Object[][] rows = {
                {"Lượt thử nghiệm", t.id()}, {"Phiên bản thử nghiệm", t.candidate()}, {"Phiên bản đang áp dụng", t.active()},
                {"Các kỳ", String.join(", ", t.periods())}, {"Người chạy", t.createdBy()},
                {"Thời điểm", t.createdAt() == null ? "" : t.createdAt().toString()},
                {"Số lượt cán bộ được so sánh", t.people().size()},
                {"Số lượt có thay đổi", t.people().stream().filter(TrialComparison.Person::changed).count()},
                {"Số lượt xếp loại cao hơn", t.movedUp().size()}, {"Số lượt xếp loại thấp hơn", t.movedDown().size()},
                {"Bị hạn ngạch HTXSNV giữ lại (trước)", t.quota().heldBackBefore()},
                {"Bị hạn ngạch HTXSNV giữ lại (sau)", t.quota().heldBackAfter()}};
        for (Object[] r : rows) {
            row(s, r);
        }
        for (TrialComparison.PeriodVersion p : t.periodVersions()) {
            row(s, "Kỳ " + p.period(), "Phiên bản đang áp dụng " + p.active() + ", phiên bản thử nghiệm " + p.candidate()
                    + ". " + p.inputs());
        }
    }

    private void people(TrialComparison t) {
        Sheet s = sheet("Từng người", new int[] {14, 28, 12, 10, 11, 12, 16, 11, 12, 16, 10, 70, 70},
                "Mã cán bộ", "Họ và tên", "Đơn vị", "Kỳ", "Điểm trước", "Xếp loại trước", "Thưởng trước (đồng)", "Điểm sau",
                "Xếp loại sau", "Thưởng sau (đồng)", "Thay đổi", "Lý do chỉ có trước", "Lý do chỉ có sau");
        for (TrialComparison.Person p : t.people()) {
            Side b = p.before();
            Side a = p.after();
            row(s, p.id(), p.name(), p.unit(), p.period(), b == null ? null : b.score(), b == null ? null : b.rating(),
                    b == null ? null : b.bonusShare(), a == null ? null : a.score(), a == null ? null : a.rating(),
                    a == null ? null : a.bonusShare(), p.changed() ? "Có" : "Không", reasons(b), reasons(a));
        }
    }

    private void units(TrialComparison t) {
        List<String> ratings = List.copyOf(TrialDiff.empty().keySet());
        String[] headers = new String[2 + ratings.size() * 2];
        int[] widths = new int[headers.length];
        headers[0] = "Đơn vị";
        headers[1] = "Kỳ";
        widths[0] = 14;
        widths[1] = 10;
        for (int i = 0; i < ratings.size(); i++) {
            headers[2 + i * 2] = ratings.get(i) + " trước";
            headers[3 + i * 2] = ratings.get(i) + " sau";
            widths[2 + i * 2] = 14;
            widths[3 + i * 2] = 14;
        }
        Sheet s = sheet("Theo đơn vị", widths, headers);
        for (TrialComparison.UnitDistribution u : t.units()) {
            Object[] values = new Object[headers.length];
            values[0] = u.unit();
            values[1] = u.period();
            for (int i = 0; i < ratings.size(); i++) {
                values[2 + i * 2] = u.before().getOrDefault(ratings.get(i), 0);
                values[3 + i * 2] = u.after().getOrDefault(ratings.get(i), 0);
            }
            row(s, values);
        }
    }

    private void quota(TrialComparison t) {
        Sheet s = sheet("Hạn ngạch", new int[] {10, 12, 22, 16, 40, 16, 40}, "Kỳ", "Cơ quan", "Nhóm nhiệm vụ",
                "Số bị giữ lại (trước)", "Người bị giữ lại (trước)", "Số bị giữ lại (sau)", "Người bị giữ lại (sau)");
        for (TrialComparison.QuotaGroup g : t.quota().groups()) {
            row(s, g.period(), g.agency(), g.taskGroup(), g.heldBackBefore(), String.join(", ", g.before()), g.heldBackAfter(),
                    String.join(", ", g.after()));
        }
    }

    private void bonus(TrialComparison t) {
        Sheet s = sheet("Thưởng", new int[] {10, 8, 12, 30, 18, 14, 18, 12, 18, 14, 18, 12, 70}, "Kỳ", "Năm", "Cơ quan",
                "Tên cơ quan", "Quỹ trước (đồng)", "Nguồn quỹ trước", "Đã chia trước (đồng)", "Dư trước", "Quỹ sau (đồng)",
                "Nguồn quỹ sau", "Đã chia sau (đồng)", "Dư sau", "Căn cứ");
        for (TrialComparison.BonusPeriod p : t.bonus().periods()) {
            for (TrialComparison.BonusAgency a : p.agencies()) {
                row(s, p.period(), p.year(), a.agency(), a.name(), a.before().fund(), source(a.before().fundSource()),
                        a.before().total(), a.before().remainder(), a.after().fund(), source(a.after().fundSource()),
                        a.after().total(), a.after().remainder(), p.basis());
            }
        }
    }

    private static String source(String fundSource) {
        return "ENTERED".equals(fundSource) ? "Do phòng Tổ chức nhập" : "Tính theo tỷ lệ của bảng";
    }

    private static String reasons(Side side) {
        return side == null ? "" : side.reasons().stream().map(Reason::message).collect(Collectors.joining("\n"));
    }

    private Sheet sheet(String name, int[] widths, String... headers) {
        Sheet s = book.createSheet(name);
        Row header = s.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            var cell = header.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(bold);
            s.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    private void row(Sheet s, Object... values) {
        Row row = s.createRow(s.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (v instanceof Long l) {
                cell.setCellValue(l);
                cell.setCellStyle(money);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                String text = v.toString();
                cell.setCellValue(text);
                if (text.contains("\n")) {
                    cell.setCellStyle(wrap);
                }
            }
        }
    }
}
