package vn.gov.sokhcn.kpi.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads the rule files: every {@code *.drl} under the rules folder and every {@code *.drl.xlsx}
 * under the decision-tables folder, or, where a folder does not exist, the copy packed in the jar.
 */
@Component
public class RuleSetLoader {
    private static final Logger log = LoggerFactory.getLogger(RuleSetLoader.class);
    static final String PACKED = "kpi-ruleset/";

    private final RuleFolders folders;

    public RuleSetLoader(RuleFolders folders) {
        this.folders = folders;
    }

    public RuleSetFiles load() {
        Map<String, byte[]> files = new HashMap<>();
        read(Path.of(folders.rules().dir()), RuleSetFiles.RULES, ".drl", files);
        read(Path.of(folders.decisionTables().dir()), RuleSetFiles.TABLES, ".drl.xlsx", files);
        return new RuleSetFiles(files);
    }

    private void read(Path folder, String prefix, String suffix, Map<String, byte[]> files) {
        if (Files.isDirectory(folder)) {
            log.info("Đọc {}*{} từ thư mục {}", prefix, suffix, folder.toAbsolutePath());
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                        .forEach(p -> files.put(prefix + folder.relativize(p).toString().replace('\\', '/'), bytes(p)));
            } catch (IOException e) {
                throw new UncheckedIOException("Không đọc được thư mục " + folder.toAbsolutePath(), e);
            }
            return;
        }
        log.info("Không có thư mục {}; dùng bản {} đóng gói trong ứng dụng", folder.toAbsolutePath(), prefix);
        try {
            String root = PACKED + prefix;
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + root + "**/*" + suffix)) {
                String url = r.getURL().toString();
                String relative = url.substring(url.lastIndexOf(root) + root.length());
                files.put(prefix + relative, r.getContentAsByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được bộ quy tắc đóng gói", e);
        }
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp " + p, e);
        }
    }
}
