package vn.gov.sokhcn.kpi.kpi.imports;

import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Slot;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Terms;
import vn.gov.sokhcn.kpi.kpi.imports.PeriodData.Values;

/** A checked row: the assignment it sets and, when it carries figures, its measurement ({@code values} null otherwise). */
record ImportLine(int row, Slot slot, Terms terms, Values values) {
}
