package vn.gov.sokhcn.kpi.evaluation.policy;

/**
 * The points of the 100-point scale: task results and general criteria, per regime, and the decimals
 * the total score is rounded to, once, before it is banded (so the score shown is the score banded).
 */
public class ScaleRow extends PolicyRow {
    public static final String DECIMALS = "Làm tròn tổng điểm (chữ số thập phân)";

    private String regime;
    private Double taskMax;
    private Double generalMax;
    private Integer scoreDecimals;

    public String getRegime() { return regime; }
    public void setRegime(String regime) { writable(); this.regime = regime; }
    public Double getTaskMax() { return taskMax; }
    public void setTaskMax(double taskMax) { writable(); this.taskMax = taskMax; }
    public Double getGeneralMax() { return generalMax; }
    public void setGeneralMax(double generalMax) { writable(); this.generalMax = generalMax; }
    public Integer getScoreDecimals() { return scoreDecimals; }
    public void setScoreDecimals(double decimals) {
        writable();
        // Results are answered and stored with 2 decimals (run_results NUMERIC(9, 2)): more could not be shown as banded.
        if (decimals != Math.rint(decimals) || decimals < 0 || decimals > 2) {
            problem(DECIMALS, "phải là số nguyên từ 0 đến 2 (điểm được lưu với 2 chữ số thập phân)");
        } else {
            this.scoreDecimals = (int) decimals;
        }
    }

    /**
     * The total score as banded: rounded half up to the row's decimals. A table without the column (a
     * version stored before it existed) rounds nothing, so its past results replay as they were.
     */
    public double rounded(double score) {
        return scoreDecimals == null ? score : Numbers.round(score, scoreDecimals);
    }

    @Override
    protected void check() {
        require(regime, "Chế độ");
        require(taskMax, "Điểm kết quả nhiệm vụ tối đa");
        require(generalMax, "Điểm tiêu chí chung tối đa");
    }
}
