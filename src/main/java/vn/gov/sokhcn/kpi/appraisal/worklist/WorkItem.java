package vn.gov.sokhcn.kpi.appraisal.worklist;

import java.time.LocalDate;

/**
 * One thing waiting for the user: {@code kind} (SELF_ASSESSMENT, UNIT_REVIEW, DECISION, PUBLICATION,
 * COMPLAINT_RESOLUTION, OWN_COMPLAINT) with its Vietnamese {@code label}, the appraisal (or cycle, or complaint) it
 * is about, whose it is, the period, the deadline, whether that deadline has passed, and the console page to act on.
 */
public record WorkItem(Kind kind, String label, Long appraisalId, long cycleId, Long complaintId, String employee,
                       String name, String period, LocalDate due, boolean overdue, String link) {

    public enum Kind {
        SELF_ASSESSMENT("Tự đánh giá"),
        UNIT_REVIEW("Họp đơn vị nhận xét"),
        DECISION("Quyết định xếp loại"),
        PUBLICATION("Công bố kết quả"),
        COMPLAINT_RESOLUTION("Giải quyết khiếu nại"),
        OWN_COMPLAINT("Khiếu nại của bạn đang chờ giải quyết");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
