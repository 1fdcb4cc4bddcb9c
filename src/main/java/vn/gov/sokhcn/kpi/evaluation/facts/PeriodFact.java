package vn.gov.sokhcn.kpi.evaluation.facts;

/** The period being evaluated; dates are ISO text so that rules compare them as written in tables. */
public record PeriodFact(String code, String kind, String start, String end, double months) {
}
