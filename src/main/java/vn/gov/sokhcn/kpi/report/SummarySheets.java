package vn.gov.sokhcn.kpi.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.sokhcn.kpi.audit.AuditAction;
import vn.gov.sokhcn.kpi.kpi.period.PeriodKind;
import vn.gov.sokhcn.kpi.report.ReportRange.PeriodRef;
import vn.gov.sokhcn.kpi.system.xlsx.SheetWriter;

/** The sheets «Tổng hợp», «Phân bố xếp loại», «Mức đạt KPI», «Thay đổi quy tắc» and «Thử nghiệm». */
final class SummarySheets {
    private SummarySheets() {
    }

    static void summary(SheetWriter sheet, SummaryReport report) {
        ReportRange r = report.range();
        sheet.header("Báo cáo tổng kết", "");
        sheet.row("Từ kỳ", r.from()).row("Đến kỳ", r.to()).row("Từ ngày", r.start()).row("Đến ngày", r.end())
                .row("Đơn vị", r.unit() == null ? "Toàn Sở" : r.unitName() + " (" + r.unit() + ") và các đơn vị trực thuộc")
                .row("Số kỳ trong khoảng", r.periods().size())
                .row("Số kỳ có kết quả chính thức", r.periods().stream().filter(p -> p.run() != null).count())
                .row("Số phiên bản bộ quy tắc được kích hoạt hay được dùng", report.ruleChanges().size())
                .row("Số thử nghiệm", report.trials().size());
        if (report.withoutRuns()) {
            sheet.row("Ghi chú", "Không có kỳ nào trong khoảng này có kết quả đánh giá chính thức.");
        }
        sheet.blank();
        List<String> headers = new ArrayList<>(List.of("Kỳ", "Loại kỳ", "Từ ngày", "Đến ngày", "Lượt đánh giá",
                "Phiên bản bộ quy tắc", "Số người"));
        headers.addAll(SummaryWorkbook.ratingHeaders());
        sheet.header(headers.toArray(String[]::new));
        for (PeriodRef p : r.periods()) {
            Map<String, Long> totals = new LinkedHashMap<>();
            RatingDistribution.RATINGS.forEach(code -> totals.put(code, 0L));
            long people = 0;
            for (RatingDistribution.Row row : report.ratingDistribution()) {
                if (row.period().equals(p.code())) {
                    row.ratings().forEach((code, n) -> totals.merge(code, n, Long::sum));
                    people += row.total();
                }
            }
            List<Object> values = new ArrayList<>(List.of(p.code(), kind(p.kind()), p.start(), p.end()));
            values.add(p.run());
            values.add(p.ruleSetVersion());
            values.add(p.run() == null ? null : people);
            totals.values().forEach(n -> values.add(p.run() == null ? null : n));
            sheet.row(values.toArray());
        }
    }

    static void ratings(SheetWriter sheet, SummaryReport report) {
        List<String> headers = new ArrayList<>(List.of("Kỳ", "Loại kỳ", "Lượt đánh giá", "Mã đơn vị", "Đơn vị"));
        headers.addAll(SummaryWorkbook.ratingHeaders());
        headers.add("Tổng số");
        headers.add("Số người theo quyết định");
        headers.add("Nguồn xếp loại");
        sheet.header(headers.toArray(String[]::new));
        for (RatingDistribution.Row row : report.ratingDistribution()) {
            List<Object> values = new ArrayList<>(List.of(row.period(), kind(row.periodKind()), row.run(), row.unit(), row.unitName()));
            values.addAll(row.ratings().values());
            values.add(row.total());
            values.add(row.decided());
            values.add(row.note());
            sheet.row(values.toArray());
        }
    }

    static void kpi(SheetWriter sheet, SummaryReport report) {
        sheet.header("Kỳ", "Loại kỳ", "Lượt đánh giá", "Mã khía cạnh", "Khía cạnh", "Mã mục tiêu", "Mục tiêu",
                "Số kết quả", "Mức đạt bình quân (%)");
        for (KpiAttainment.Period p : report.kpiAttainment()) {
            for (KpiAttainment.Perspective persp : p.perspectives()) {
                sheet.row(p.period(), kind(p.periodKind()), p.run(), persp.code(), persp.name(), null, "Cả khía cạnh",
                        persp.results(), persp.averageAchievement());
                for (KpiAttainment.Objective o : persp.objectives()) {
                    sheet.row(p.period(), kind(p.periodKind()), p.run(), persp.code(), persp.name(), o.code(), o.name(),
                            o.results(), o.averageAchievement());
                }
            }
        }
    }

    static void rules(SheetWriter sheet, SummaryReport report) {
        sheet.header("Phiên bản", "Thao tác", "Người kích hoạt", "Thời điểm kích hoạt", "Người tải lên", "Người phê duyệt",
                "Ghi chú", "Dựa trên phiên bản", "Thay đổi cấu trúc", "Số thay đổi cấu trúc", "Số thay đổi dữ liệu",
                "Tệp thay đổi", "Nội dung", "Dùng cho các kỳ");
        for (RuleChanges.Change c : report.ruleChanges()) {
            sheet.row(c.version(), AuditAction.valueOf(c.action()).label(),
                    c.activatedBy(), c.activatedAt(), c.author(), c.approvedBy(), c.comment(), c.basedOn(),
                    c.structural() ? "Có" : "Không", c.structuralChanges(), c.dataChanges(), String.join(", ", c.changedFiles()),
                    c.detail(), String.join(", ", c.usedBy()));
        }
    }

    static void trials(SheetWriter sheet, SummaryReport report) {
        sheet.header("Mã thử nghiệm", "Phiên bản thử", "Phiên bản đang áp dụng", "Các kỳ", "Người tạo", "Thời điểm tạo",
                "Số người", "Số người lên hạng", "Số người xuống hạng");
        for (TrialRows.Trial t : report.trials()) {
            sheet.row(t.id(), t.candidate(), t.active(), String.join(", ", t.periods()), t.createdBy(), t.createdAt(),
                    t.peopleCount(), t.movedUp(), t.movedDown());
        }
    }

    static String kind(String kind) {
        return PeriodKind.labelOf(kind);
    }
}
