package vn.gov.sokhcn.kpi.evaluation.policy;

import java.util.Set;

/** How an indicator of one polarity turns actual and target into an achievement percentage. */
public class MethodRow extends PolicyRow {
    public static final Set<String> METHODS = Set.of("TY_LE", "TY_LE_NGUOC", "DO_LECH", "NHI_PHAN", "DEM_CONG_VIEC");

    private String polarity;
    private String method;
    private String description;
    private Double scale;
    private Double factor;
    private Double metValue;
    private Double missedValue;

    public String getPolarity() { return polarity; }
    public void setPolarity(String polarity) { writable(); this.polarity = polarity; }
    public String getMethod() { return method; }
    public void setMethod(String method) { writable(); this.method = method; }
    public String getDescription() { return description; }
    public void setDescription(String description) { writable(); this.description = description; }
    public Double getScale() { return scale; }
    public void setScale(double scale) { writable(); this.scale = scale; }
    public Double getFactor() { return factor; }
    public void setFactor(double factor) { writable(); this.factor = factor; }
    public Double getMetValue() { return metValue; }
    public void setMetValue(double metValue) { writable(); this.metValue = metValue; }
    public Double getMissedValue() { return missedValue; }
    public void setMissedValue(double missedValue) { writable(); this.missedValue = missedValue; }

    @Override
    protected void check() {
        require(polarity, "Chiều chỉ số");
        require(method, "Phương pháp");
        require(scale, "Hệ số quy đổi (%)");
        if (method != null && !METHODS.contains(method)) {
            problem("Phương pháp", "phương pháp \"" + method + "\" không có; chỉ được dùng " + METHODS);
        }
    }
}
