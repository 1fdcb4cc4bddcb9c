package vn.gov.sokhcn.kpi.evaluation.policy;

/** The points of the 100-point scale: task results and general criteria, per regime. */
public class ScaleRow extends PolicyRow {
    private String regime;
    private Double taskMax;
    private Double generalMax;

    public String getRegime() { return regime; }
    public void setRegime(String regime) { writable(); this.regime = regime; }
    public Double getTaskMax() { return taskMax; }
    public void setTaskMax(double taskMax) { writable(); this.taskMax = taskMax; }
    public Double getGeneralMax() { return generalMax; }
    public void setGeneralMax(double generalMax) { writable(); this.generalMax = generalMax; }

    @Override
    protected void check() {
        require(regime, "Chế độ");
        require(taskMax, "Điểm kết quả nhiệm vụ tối đa");
        require(generalMax, "Điểm tiêu chí chung tối đa");
    }
}
