package vn.gov.sokhcn.kpi.evaluation.policy;

/** Which regime applies to periods starting in [startFrom, startBefore), and what it switches on. */
public class RegimeRow extends PolicyRow {
    private String code;
    private String startFrom;
    private String startBefore;
    private Boolean quota;
    private Boolean pilotConditions;
    private Boolean deputyComponent;
    private String basis;

    public String getCode() { return code; }
    public void setCode(String code) { writable(); this.code = code; }
    public String getStartFrom() { return startFrom; }
    public void setStartFrom(String startFrom) { writable(); this.startFrom = read(() -> Dates.iso(startFrom, "Kỳ bắt đầu từ ngày")); }
    public String getStartBefore() { return startBefore; }
    public void setStartBefore(String startBefore) { writable(); this.startBefore = read(() -> Dates.iso(startBefore, "Kỳ bắt đầu trước ngày")); }
    public Boolean isQuota() { return quota; }
    public void setQuotaText(String quota) { writable(); this.quota = read(() -> Codes.flag(quota, "Áp dụng hạn mức HTXSNV")); }
    public Boolean isPilotConditions() { return pilotConditions; }
    public void setPilotConditionsText(String pilotConditions) { writable(); this.pilotConditions = read(() -> Codes.flag(pilotConditions, "Điều kiện thí điểm NĐ 90")); }
    public Boolean isDeputyComponent() { return deputyComponent; }
    public void setDeputyComponentText(String deputyComponent) { writable(); this.deputyComponent = read(() -> Codes.flag(deputyComponent, "Thành phần đơn vị của cấp phó")); }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { writable(); this.basis = basis; }


    @Override
    protected void check() {
        require(code, "Mã chế độ");
    }
}
