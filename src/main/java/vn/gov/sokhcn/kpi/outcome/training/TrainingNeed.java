package vn.gov.sokhcn.kpi.outcome.training;

import vn.gov.sokhcn.kpi.evaluation.Reason;

/** A training need decided by the «Nhu cầu đào tạo» row: a competency assessed below the position's level. */
public record TrainingNeed(CompetencyGap gap, Reason reason) {
}
