package vn.gov.sokhcn.kpi.report;

import java.util.stream.Collectors;
import vn.gov.sokhcn.kpi.evaluation.Reason;
import vn.gov.sokhcn.kpi.evaluation.facts.Rating;
import vn.gov.sokhcn.kpi.outcome.bonus.BonusView;
import vn.gov.sokhcn.kpi.outcome.staffing.StaffingFlags;
import vn.gov.sokhcn.kpi.outcome.training.TrainingPlans;
import vn.gov.sokhcn.kpi.system.xlsx.SheetWriter;

/** The sheets «Thưởng», «Nhân sự» and «Đào tạo». */
final class OutcomeSheets {
    private OutcomeSheets() {
    }

    static void bonus(SheetWriter sheet, SummaryReport report) {
        sheet.header("Năm", "Mã cơ quan", "Cơ quan", "Quỹ thưởng (đồng)", "Nguồn quỹ", "Số người của cơ quan",
                "Phần dư (đồng)", "Mã cán bộ", "Họ và tên", "Đơn vị", "Xếp loại", "Số tháng", "Hệ số", "Trọng số",
                "Tiền thưởng (đồng)", "Xếp loại đề xuất (lần đánh giá)", "Nguồn xếp loại");
        for (OutcomeSections.YearBonus year : report.bonus()) {
            if (year.note() != null) {
                sheet.row(year.year(), null, year.note());
            }
            for (BonusView a : year.agencies()) {
                String source = a.fundSource().equals("ENTERED") ? "Do phòng Tổ chức nhập" : "Tính theo quỹ lương cơ sở";
                if (a.shares().isEmpty()) {
                    sheet.row(year.year(), a.agency(), a.agencyName(), a.fund(), source, a.people(), a.remainder());
                }
                for (BonusView.ShareView s : a.shares()) {
                    sheet.row(year.year(), a.agency(), a.agencyName(), a.fund(), source, a.people(), a.remainder(),
                            s.employee(), s.name(), s.unit(), s.rating(), s.months(), s.coefficient(), s.weight(), s.amount(),
                            s.proposedRating(), "DECISION".equals(s.ratingSource()) ? "Theo quyết định" : "Theo lần đánh giá");
                }
            }
        }
    }

    static void staffing(SheetWriter sheet, SummaryReport report) {
        sheet.header("Năm", "Mã cán bộ", "Họ và tên", "Đơn vị", "Mã cảnh báo", "Cảnh báo", "Xếp loại các năm", "Lý do");
        for (OutcomeSections.YearStaffing year : report.staffing()) {
            for (StaffingFlags.FlagView f : year.flags()) {
                String years = f.years().stream().map(y -> y.year() + ": " + rating(y.rating())
                        + ("DECISION".equals(y.ratingSource()) ? " (theo quyết định; đề xuất " + rating(y.proposedRating()) + ")" : "")).collect(Collectors.joining("; "));
                String reasons = f.reasons().stream().map(Reason::message).collect(Collectors.joining(" "));
                sheet.row(year.year(), f.employee(), f.name(), f.unit(), f.flag(), f.flagLabel(), years, reasons);
            }
        }
    }

    /** A rating code as a cell shows it: the official abbreviation, «Chưa xếp loại» for NOT_RATED. */
    private static String rating(String code) {
        return code == null ? null : Rating.valueOf(code).shortName();
    }

    static void training(SheetWriter sheet, SummaryReport report) {
        sheet.header("Mã đơn vị", "Đơn vị", "Thứ tự ưu tiên", "Mã năng lực", "Năng lực", "Số người cần đào tạo",
                "Chênh lệch lớn nhất", "Cán bộ (mức đánh giá/mức yêu cầu)");
        for (TrainingPlans.UnitPlan plan : report.training()) {
            int rank = 1;
            for (TrainingPlans.CompetencyNeed need : plan.needs()) {
                String people = need.employees().stream().map(p -> p.employee() + " " + p.name() + " (" + p.assessed() + "/"
                        + p.required() + ")").collect(Collectors.joining("; "));
                sheet.row(plan.unit(), plan.name(), rank++, need.competency(), need.competencyName(), need.people(),
                        need.largestGap(), people);
            }
        }
    }
}
