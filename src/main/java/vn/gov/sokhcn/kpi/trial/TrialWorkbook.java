package vn.gov.sokhcn.kpi.trial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.evaluation.facts.TaskGroups;
import vn.gov.sokhcn.kpi.system.xlsx.SheetWriter;
import vn.gov.sokhcn.kpi.trial.TrialComparison.Side;

/**
 * A trial as a workbook an expert can read: «Tóm tắt», «Từng người», «Theo đơn vị», «Hạn ngạch», «Thưởng»;
 * Vietnamese headers in bold, the header row frozen, numbers as numbers.
 */
final class TrialWorkbook {
    private final XSSFWorkbook book;
    private final SheetWriter.Styles styles;

    private TrialWorkbook(XSSFWorkbook book) {
        this.book = book;
        this.styles = SheetWriter.Styles.of(book);
    }

    static byte[] of(TrialComparison t) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TrialWorkbook trial = new TrialWorkbook(book);
            trial.summary(t);
            trial.people(t);
            trial.units(t);
            trial.quota(t);
            trial.bonus(t);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SheetWriter sheet(String name, String... headers) {
        return new SheetWriter(book, name, styles).header(headers);
    }

    private void summary(TrialComparison t) {
        SheetWriter s = sheet("Tóm tắt", "Mục", "Giá trị");
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
            s.row(r);
        }
        for (TrialComparison.PeriodVersion p : t.periodVersions()) {
            s.row("Kỳ " + p.period(), "Phiên bản đang áp dụng " + p.active() + ", phiên bản thử nghiệm " + p.candidate()
                    + ". " + p.inputs());
        }
        s.finish();
    }

    private void people(TrialComparison t) {
        SheetWriter s = sheet("Từng người", "Mã cán bộ", "Họ và tên", "Đơn vị", "Kỳ", "Điểm trước", "Xếp loại trước", "Thưởng trước (đồng)", "Điểm sau",
                "Xếp loại sau", "Thưởng sau (đồng)", "Thay đổi", "Lý do chỉ có trước", "Lý do chỉ có sau");
        for (TrialComparison.Person p : t.people()) {
            Side b = p.before();
            Side a = p.after();
            s.row(p.id(), p.name(), p.unit(), p.period(), b == null ? null : b.score(), b == null ? null : rating(b.rating()),
                    b == null ? null : b.bonusShare(), a == null ? null : a.score(), a == null ? null : rating(a.rating()),
                    a == null ? null : a.bonusShare(), p.changed() ? "Có" : "Không", reasons(b), reasons(a));
        }
        s.finish();
    }

    private void units(TrialComparison t) {
        List<String> ratings = List.copyOf(TrialDiff.empty().keySet());
        String[] headers = new String[2 + ratings.size() * 2];
        headers[0] = "Đơn vị";
        headers[1] = "Kỳ";
        for (int i = 0; i < ratings.size(); i++) {
            headers[2 + i * 2] = rating(ratings.get(i)) + " trước";
            headers[3 + i * 2] = rating(ratings.get(i)) + " sau";
        }
        SheetWriter s = sheet("Theo đơn vị", headers);
        for (TrialComparison.UnitDistribution u : t.units()) {
            Object[] values = new Object[headers.length];
            values[0] = u.unit();
            values[1] = u.period();
            for (int i = 0; i < ratings.size(); i++) {
                values[2 + i * 2] = u.before().getOrDefault(ratings.get(i), 0);
                values[3 + i * 2] = u.after().getOrDefault(ratings.get(i), 0);
            }
            s.row(values);
        }
        s.finish();
    }

    /** A rating code as a cell shows it: the official abbreviation, «Chưa xếp loại» for NOT_RATED. */
    private static String rating(String code) {
        return code == null ? null : Rating.valueOf(code).shortName();
    }

    private void quota(TrialComparison t) {
        SheetWriter s = sheet("Hạn ngạch", "Kỳ", "Cơ quan", "Nhóm nhiệm vụ",
                "Số bị giữ lại (trước)", "Người bị giữ lại (trước)", "Số bị giữ lại (sau)", "Người bị giữ lại (sau)");
        for (TrialComparison.QuotaGroup g : t.quota().groups()) {
            s.row(g.period(), g.agency(), TaskGroups.label(g.taskGroup()), g.heldBackBefore(), String.join(", ", g.before()), g.heldBackAfter(),
                    String.join(", ", g.after()));
        }
        s.finish();
    }

    private void bonus(TrialComparison t) {
        SheetWriter s = sheet("Thưởng", "Kỳ", "Năm", "Cơ quan",
                "Tên cơ quan", "Quỹ trước (đồng)", "Nguồn quỹ trước", "Đã chia trước (đồng)", "Dư trước", "Quỹ sau (đồng)",
                "Nguồn quỹ sau", "Đã chia sau (đồng)", "Dư sau", "Căn cứ");
        for (TrialComparison.BonusPeriod p : t.bonus().periods()) {
            for (TrialComparison.BonusAgency a : p.agencies()) {
                s.row(p.period(), p.year(), a.agency(), a.name(), a.before().fund(), source(a.before().fundSource()),
                        a.before().total(), a.before().remainder(), a.after().fund(), source(a.after().fundSource()),
                        a.after().total(), a.after().remainder(), p.basis());
            }
        }
        s.finish();
    }

    private static String source(String fundSource) {
        return "ENTERED".equals(fundSource) ? "Do phòng Tổ chức nhập" : "Tính theo tỷ lệ của bảng";
    }

    private static String reasons(Side side) {
        return side == null ? "" : side.reasons().stream().map(Reason::message).collect(Collectors.joining("\n"));
    }
}
