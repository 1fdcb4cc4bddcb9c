package vn.gov.sokhcn.kpi.kpi;

/** A table whose rows are named by a business code in JSON, with the Vietnamese noun of its rows. */
public enum Ref {
    UNIT("units", "đơn vị"),
    EMPLOYEE("employees", "cán bộ"),
    PERIOD("periods", "kỳ đánh giá"),
    INDICATOR("indicators", "chỉ số"),
    PERSPECTIVE("perspectives", "phương diện"),
    OBJECTIVE("objectives", "mục tiêu"),
    CSF("csfs", "yếu tố thành công then chốt");

    private final String table;
    private final String noun;

    Ref(String table, String noun) {
        this.table = table;
        this.noun = noun;
    }

    String table() {
        return table;
    }

    public String noun() {
        return noun;
    }
}
