package vn.gov.sokhcn.kpi.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetLoaderTest {

    @Test
    void shouldReadEveryDrlAndWorkbookOfTheFolders() {
        RuleSetFiles files = new RuleSetLoader(new RuleFolders(null, null)).load();
        assertThat(files.all().keySet())
                .contains("rules/scoring/achievement.drl", "rules/quota/quota.drl", "decision-tables/xep-loai.drl.xlsx")
                .allMatch(p -> p.startsWith("rules/") && p.endsWith(".drl") || p.startsWith("decision-tables/") && p.endsWith(".drl.xlsx"));
        assertThat(files.sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void shouldFallBackToThePackedCopyWhenTheFoldersAreMissing(@TempDir Path empty) {
        RuleFolders missing = new RuleFolders(new RuleFolders.Dir(empty.resolve("none").toString()),
                new RuleFolders.Dir(empty.resolve("none-either").toString()));
        RuleSetFiles packed = new RuleSetLoader(missing).load();
        RuleSetFiles folders = new RuleSetLoader(new RuleFolders(null, null)).load();
        assertThat(packed.all().keySet()).isEqualTo(folders.all().keySet());
        assertThat(packed.sha256()).isEqualTo(folders.sha256());
    }

    @Test
    void shouldIgnoreFilesThatAreNotRules(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "ghi chú");
        Files.writeString(dir.resolve("a.drl"), "package a;");
        RuleFolders folders = new RuleFolders(new RuleFolders.Dir(dir.toString()), new RuleFolders.Dir(dir.toString()));
        assertThat(new RuleSetLoader(folders).load().all().keySet()).containsExactly("rules/a.drl");
    }
}
