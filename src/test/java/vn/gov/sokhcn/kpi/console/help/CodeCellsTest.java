package vn.gov.sokhcn.kpi.console.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.sokhcn.kpi.console.help.RuleTables.Column;
import vn.gov.sokhcn.kpi.console.help.RuleTables.DataRow;
import vn.gov.sokhcn.kpi.console.help.RuleTables.Table;

/** The help's decision tables in Vietnamese: codes by their labels, each code kept in its cell's title. */
class CodeCellsTest {
    static final Table REGIMES = table("Chế độ áp dụng", List.of("Tên chế độ", "Mã chế độ", "Hạn mức"),
            row(11, "Thí điểm năm 2023 (Nghị định 90/2020)", "PILOT_2023", "Không"),
            row(12, "Nghị định 48/2023 (từ 15/9/2023)", "DECREE_48", "Có"));
    static final Table BANDS = table("Khung điểm", List.of("Khung", "Chế độ", "Điểm từ", "Xếp loại"),
            row(11, "Xuất sắc", "PILOT_2023", "90", "HTXSNV"),
            row(12, "Xuất sắc", "DECREE_48", "90", "HTXSNV"));
    static final Table TIME = table("Thời gian công tác", List.of("Điều kiện", "Loại kỳ", "Xếp loại"),
            row(11, "Làm việc dưới nửa tháng", "MONTH", "NOT_RATED"),
            row(12, "Làm việc dưới nửa quý", "QUARTER", "NOT_RATED"));

    static Table table(String sheet, List<String> labels, DataRow... rows) {
        List<Column> columns = labels.stream().map(l -> new Column(String.valueOf((char) ('B' + labels.indexOf(l))), l)).toList();
        return new Table("decision-tables/x.drl.xlsx", sheet, columns, List.of(rows));
    }

    static DataRow row(int number, String... values) {
        return new DataRow(number, Arrays.asList(values), Collections.nCopies(values.length, null));
    }

    @Test
    void shouldLeaveOutAColumnOfTheRowsOwnCodesAndKeepEachCodeInItsLabelsTitle() {
        Table regimes = CodeCells.labelled(List.of(REGIMES, BANDS)).get(0);
        assertThat(regimes.columns()).extracting(Column::label).containsExactly("Tên chế độ", "Hạn mức");
        assertThat(regimes.rows().get(0).values()).containsExactly("Thí điểm năm 2023 (Nghị định 90/2020)", "Không");
        assertThat(regimes.rows().get(0).codes()).containsExactly("PILOT_2023", null);
    }

    @Test
    void shouldNameAnotherTablesCodeByItsLabelAndLeaveRatingAbbreviationsAsWritten() {
        Table bands = CodeCells.labelled(List.of(BANDS, REGIMES)).get(0);
        assertThat(bands.columns()).extracting(Column::label).containsExactly("Khung", "Chế độ", "Điểm từ", "Xếp loại");
        assertThat(bands.rows().get(1).values()).containsExactly("Xuất sắc", "Nghị định 48/2023 (từ 15/9/2023)", "90", "HTXSNV");
        assertThat(bands.rows().get(1).codes()).containsExactly(null, "DECREE_48", null, null);
    }

    @Test
    void shouldNameEnumCodesByTheirLabels() {
        Table time = CodeCells.labelled(List.of(TIME)).get(0);
        assertThat(time.rows().get(0).values()).containsExactly("Làm việc dưới nửa tháng", "Tháng", "Chưa xếp loại");
        assertThat(time.rows().get(0).codes()).containsExactly(null, "MONTH", "NOT_RATED");
    }
}
