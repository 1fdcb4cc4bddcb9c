package vn.gov.sokhcn.kpi.kpi.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file: UTF-8 (with or without a byte order mark), separated by commas, or by
 * semicolons or tabs when the header row says so (Excel in some regions saves with semicolons).
 */
final class CsvReader {

    private CsvReader() {
    }

    static ParsedSheet read(byte[] bytes) {
        String text = utf8(bytes);
        if (!text.isEmpty() && text.charAt(0) == CsvTemplateWriter.BOM) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter(text)).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new UnreadableFileException("Tệp CSV không có dòng tiêu đề");
            }
            ParsedSheet parsed = HeaderRow.columns(records.next().toList(), new ArrayList<>());
            int row = 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                row++;
                Map<ImportColumn, RawCell> cells = new EnumMap<>(ImportColumn.class);
                parsed.columns().forEach((column, index) ->
                        cells.put(column, RawCell.text(index < record.size() ? FormulaGuard.restored(record.get(index)) : "")));
                if (!cells.values().stream().allMatch(RawCell::blank)) {
                    parsed.rows().add(new RawRow(row, cells));
                }
            }
            return parsed;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("Tệp CSV sai cú pháp (có thể thiếu dấu ngoặc kép đóng)");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("Tệp CSV không được mã hóa UTF-8; hãy lưu lại với kiểu «CSV UTF-8»");
        }
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
