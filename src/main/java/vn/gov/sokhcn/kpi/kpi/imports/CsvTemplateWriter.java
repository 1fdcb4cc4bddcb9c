package vn.gov.sokhcn.kpi.kpi.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The template as CSV: UTF-8 with a byte order mark (so Excel shows Vietnamese right), the same columns.
 * A text cell that a spreadsheet would take for a formula is neutralised (see {@link FormulaGuard}).
 */
final class CsvTemplateWriter {
    static final char BOM = '\uFEFF';

    private CsvTemplateWriter() {
    }

    static void write(List<Map<ImportColumn, Object>> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
            List<String> headers = new ArrayList<>();
            for (ImportColumn c : ImportColumn.values()) {
                headers.add(c.header());
            }
            printer.printRecord(headers);
            for (Map<ImportColumn, Object> row : rows) {
                List<String> cells = new ArrayList<>();
                for (ImportColumn c : ImportColumn.values()) {
                    cells.add(text(row.get(c)));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Numbers are written as numbers, a negative one included ({@code -5} is a value, not a formula, and must
     * import back as -5), as OWASP advises: only text cells, names and notes typed by people, are neutralised.
     */
    static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : FormulaGuard.neutralised(value.toString());
    }
}
