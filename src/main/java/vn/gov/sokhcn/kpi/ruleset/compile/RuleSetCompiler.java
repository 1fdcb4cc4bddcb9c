package vn.gov.sokhcn.kpi.ruleset.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import vn.gov.sokhcn.kpi.ruleset.CompiledRuleSet;
import vn.gov.sokhcn.kpi.ruleset.GeneratedDrl;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;
import vn.gov.sokhcn.kpi.ruleset.RuleSetProblemsException;
import vn.gov.sokhcn.kpi.ruleset.SourceIndex;
import vn.gov.sokhcn.kpi.ruleset.WorkbookSheets;
import vn.gov.sokhcn.kpi.ruleset.confinement.RuleCodeConfinement;

/**
 * Turns the files of a rule set into a KieBase: each sheet of a workbook is compiled to DRL on its
 * own (Drools would otherwise read only the first sheet), every DRL is built in a KieFileSystem of
 * its own ReleaseId (builds running at the same time must not share packages), and every message
 * is taken back to the file and line, or workbook, sheet and cell, it came from.
 */
public class RuleSetCompiler {
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"(.*)\"");
    private static final AtomicLong BUILDS = new AtomicLong();
    /** DRL under rules/&lt;folder&gt; is written to the KieFileSystem as &lt;folder&gt;, where Drools expects its package. */
    private static final String RESOURCES = "src/main/resources/";

    private final KieServices kie = KieServices.Factory.get();

    /** The set built from these files as version {@code version}; files built before in this JVM are not built again. */
    public CompiledRuleSet compile(int version, RuleSetFiles files) {
        return CompiledRuleSetCache.get(files.sha256(), version, () -> build(version, files));
    }

    private CompiledRuleSet build(int version, RuleSetFiles files) {
        List<RuleProblem> problems = new ArrayList<>();
        List<GeneratedDrl> tables = new ArrayList<>();
        SourceIndex sources = new SourceIndex();
        KieFileSystem kfs = kie.newKieFileSystem();
        ReleaseId releaseId = kie.newReleaseId("vn.gov.sokhcn.kpi", "ruleset", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        for (Map.Entry<String, byte[]> file : files.all().entrySet()) {
            String path = file.getKey();
            if (path.endsWith(".drl")) {
                String drl = new String(file.getValue(), StandardCharsets.UTF_8);
                indexDrl(path, drl, sources);
                kfs.write(RESOURCES + path.substring(RuleSetFiles.RULES.length()), drl.getBytes(StandardCharsets.UTF_8));
            } else if (path.endsWith(".drl.xlsx")) {
                for (GeneratedDrl table : WorkbookSheets.drlOf(path, file.getValue(), problems)) {
                    tables.add(table);
                    indexTable(table, sources);
                    kfs.write(table.virtualPath(), table.drl().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        problems.addAll(RuleCodeConfinement.check(files, tables)); // before anything is compiled
        if (!problems.isEmpty()) {
            throw new RuleSetProblemsException(problems);
        }
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (!message.getText().contains("Parser returned a null Package")) { // follows a syntax error already reported
                problems.add(locate(message, tables));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetProblemsException(problems);
        }
        KieBase kieBase = kie.newKieContainer(releaseId).getKieBase();
        kie.getRepository().removeKieModule(releaseId);
        return CompiledRuleSet.load(version, files.sha256(), kieBase, sources, tables);
    }

    private static void indexDrl(String path, String drl, SourceIndex sources) {
        String pkg = "";
        List<String> lines = drl.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher p = PACKAGE.matcher(lines.get(i));
            if (p.find()) {
                pkg = p.group(1);
            }
            Matcher r = RULE.matcher(lines.get(i));
            if (r.find()) {
                sources.put(pkg, r.group(1), path + ":" + (i + 1));
            }
        }
    }

    private static void indexTable(GeneratedDrl table, SourceIndex sources) {
        Matcher p = PACKAGE.matcher(table.drl());
        String pkg = p.find() ? p.group(1) : "";
        table.ruleCells().forEach((rule, cell) ->
                sources.put(pkg, rule, table.file() + "!" + table.sheet() + "!" + cell));
    }

    private static RuleProblem locate(Message message, List<GeneratedDrl> tables) {
        String path = message.getPath() == null ? "" : message.getPath();
        String text = "Lỗi biên dịch quy tắc: " + message.getText().strip();
        for (GeneratedDrl table : tables) {
            if (table.virtualPath().endsWith(path) && !path.isEmpty()) {
                return RuleProblem.atCell(table.file(), table.sheet(), table.cellAt(message.getLine()), text);
            }
        }
        String file = RuleSetFiles.RULES + (path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path);
        return RuleProblem.atLine(file, message.getLine(), text);
    }
}
