package vn.gov.sokhcn.kpi.appraisal.publication;

/** A period as people read it. */
final class PeriodLabel {
    private PeriodLabel() {
    }

    static String of(String kind, String code) {
        return switch (kind) {
            case "MONTH" -> "Tháng " + code;
            case "QUARTER" -> "Quý " + code;
            default -> "Năm " + code;
        };
    }
}
