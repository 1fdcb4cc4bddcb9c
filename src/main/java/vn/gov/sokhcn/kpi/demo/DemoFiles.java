package vn.gov.sokhcn.kpi.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads the demo data files (UTF-8 CSV with a header row) under {@code classpath:demo/}. */
final class DemoFiles {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private DemoFiles() {
    }

    static List<DemoRow> read(String name) {
        var resource = new ClassPathResource("demo/" + name);
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            List<DemoRow> rows = new ArrayList<>();
            for (CSVRecord record : FORMAT.parse(reader)) {
                if (!record.isConsistent()) {
                    throw new IllegalStateException("Dữ liệu mẫu " + name + " dòng " + (record.getRecordNumber() + 1)
                            + ": số cột không khớp với dòng tiêu đề");
                }
                rows.add(new DemoRow(name, record.getRecordNumber() + 1, record.toMap()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp dữ liệu mẫu " + name, e);
        }
    }
}
