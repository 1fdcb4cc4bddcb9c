package vn.gov.sokhcn.kpi.ruleset.confinement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.sokhcn.kpi.ruleset.BrokenWorkbooks;
import vn.gov.sokhcn.kpi.ruleset.RuleProblem;
import vn.gov.sokhcn.kpi.ruleset.RuleSetFiles;

class RuleCodeConfinementTest {
    private static final String FILE = "rules/rating/hostile.drl";
    private static final String WORKBOOK = "xep-loai.drl.xlsx";
    private static final String CONDUCT = "Vi phạm";
    private static final String BANDS = "Khung điểm";

    /**
     * A rule file whose line 5 is {@code header}, line 9 a condition and line 11 the consequence,
     * so each problem's line is known.
     */
    static String drl(String header, String when, String then) {
        return "package rating;\n\n"
                + "import vn.gov.sokhcn.kpi.evaluation.facts.*;\n"
                + "import java.util.List;\n"
                + header + "\n"
                + "rule \"Thử\"\n"
                + "when\n"
                + "    $t : TotalScore( $id : employeeId )\n"
                + "    " + when + "\n"
                + "then\n"
                + "    " + then + "\n"
                + "end\n";
    }

    static String outside(String type) {
        return "Mã quy tắc dùng «" + type + "», nằm ngoài những gì được phép dùng khi tính xếp loại (các lớp dữ kiện"
                + " và dòng bảng của dự án, Math, java.math, java.time, chuỗi và tập hợp).";
    }

    static String forbidden(String method) {
        return "Mã quy tắc gọi «" + method + "», một phương thức không được phép trong quy tắc (phản chiếu, nạp lớp,"
                + " dừng máy chủ, chạy lệnh, đồng bộ luồng).";
    }

    static List<RuleProblem> problemsOf(String drl) {
        return RuleCodeConfinement.check(new RuleSetFiles(Map.of(FILE, drl.getBytes(StandardCharsets.UTF_8))));
    }

    static RuleProblem at(int line, String message) {
        return RuleProblem.atLine(FILE, line, message);
    }

    static Stream<Arguments> hostileRuleFiles() {
        return Stream.of(
                Arguments.of("writes a file through java.nio in a consequence",
                        drl("", "", "java.nio.file.Files.writeString(java.nio.file.Path.of(\"/tmp/pwned\"), \"x\");"),
                        List.of(at(11, outside("java.nio.file.Path")), at(11, outside("java.nio.file.Files")))),
                Arguments.of("stops the service with System.exit",
                        drl("", "", "System.exit(0);"),
                        List.of(at(11, outside("java.lang.System")))),
                Arguments.of("runs a command through Runtime",
                        drl("", "", "Runtime.getRuntime().exec(\"touch /tmp/pwned\");"),
                        List.of(at(11, outside("java.lang.Runtime")))),
                Arguments.of("starts a process",
                        drl("", "", "new ProcessBuilder(\"sh\", \"-c\", \"id\").start();"),
                        List.of(at(11, outside("java.lang.ProcessBuilder")))),
                Arguments.of("loads a class by name and reflects on it",
                        drl("", "", "Class.forName(\"java.lang.Runtime\").getMethods()[0].invoke(null);"),
                        List.of(at(11, outside("java.lang.Class")))),
                Arguments.of("starts a thread",
                        drl("", "", "new Thread(() -> {}).start();"),
                        List.of(at(11, outside("java.lang.Thread")))),
                Arguments.of("names System by its full name without an import",
                        drl("", "", "java.lang.System.exit(0);"),
                        List.of(at(11, outside("java.lang.System")))),
                Arguments.of("imports System.exit statically",
                        drl("import static java.lang.System.exit;", "", "exit(0);"),
                        List.of(at(5, "Bộ quy tắc nhập tĩnh «java.lang.System.exit» (import function); không được nhập tĩnh"
                                + " trong quy tắc."), at(11, forbidden("exit")))),
                Arguments.of("imports java.io.* and creates a File",
                        drl("import java.io.*;", "", "new File(\"/tmp/pwned\").createNewFile();"),
                        List.of(at(5, outside("java.io.*")),
                                at(11, "Mã quy tắc dùng «File», một kiểu không xác định được, nên không kiểm tra được; chỉ"
                                        + " được dùng các lớp dữ kiện và dòng bảng của dự án, Math, java.math, java.time,"
                                        + " chuỗi và tập hợp."))),
                Arguments.of("opens a URL",
                        drl("", "", "new java.net.URL(\"http://attacker/\").openStream();"),
                        List.of(at(11, outside("java.net.URL")))),
                Arguments.of("hides the call in a function",
                        drl("function void quiet() { System.exit(0); }", "", "quiet();"),
                        List.of(at(5, outside("java.lang.System")))),
                Arguments.of("declares a global of type java.io.File",
                        drl("global java.io.File target;", "", "insert($t);"),
                        List.of(at(5, outside("java.io.File")))),
                Arguments.of("declares a type with a field of type java.io.File",
                        drl("declare Leak file : java.io.File end", "", "insert($t);"),
                        List.of(at(5, outside("java.io.File")))),
                Arguments.of("reads the environment in an eval",
                        drl("", "eval( System.getenv(\"DB_PASSWORD\") != null )", "insert($t);"),
                        List.of(at(9, outside("java.lang.System")))),
                Arguments.of("matches over the system properties with from",
                        drl("", "$e : Object() from System.getProperties().entrySet()", "insert($t);"),
                        List.of(at(9, outside("java.lang.System")))),
                Arguments.of("calls System in a constraint",
                        drl("", "TotalScore( System.exit(0) == null )", "insert($t);"),
                        List.of(at(9, outside("java.lang.System")))),
                Arguments.of("runs code in an accumulate's init and action",
                        drl("", "$n : Number() from accumulate( TotalScore( $s : score ), init( int n = 0; ),"
                                + " action( Runtime.getRuntime().halt(1); ), result( n ) )", "insert($t);"),
                        List.of(at(9, outside("java.lang.Runtime")))),
                Arguments.of("switches the package to the MVEL dialect",
                        drl("dialect \"mvel\"", "", "insert($t);"),
                        List.of(at(5, "Quy tắc dùng dialect \"mvel\"; chỉ được dùng dialect \"java\" (mã MVEL không kiểm tra"
                                + " được)."))),
                Arguments.of("reaches the class loader through getClass",
                        drl("", "", "$t.getClass().getClassLoader().loadClass(\"x\");"),
                        List.of(at(11, forbidden("getClass")))),
                Arguments.of("passes System::exit as a method reference",
                        drl("", "", "List.of(0).forEach(System::exit);"),
                        List.of(at(11, outside("java.lang.System")))),
                Arguments.of("calls System.exit in a lambda",
                        drl("", "", "List.of(0).forEach(code -> System.exit(code));"),
                        List.of(at(11, outside("java.lang.System")))),
                Arguments.of("creates an anonymous class",
                        drl("", "", "java.util.Comparator c = new Comparator() { public int compare(Object a, Object b) { return 0; } };"),
                        List.of(at(11, "Mã quy tắc viết tên đầy đủ «java.util.Comparator»; trong mã chỉ được dùng tên ngắn"
                                        + " của một kiểu được phép, khai báo bằng import."),
                                at(11, "Mã quy tắc dùng «Comparator», một kiểu không xác định được, nên không kiểm tra được;"
                                        + " chỉ được dùng các lớp dữ kiện và dòng bảng của dự án, Math, java.math, java.time,"
                                        + " chuỗi và tập hợp."),
                                at(11, "Mã quy tắc tạo một lớp ẩn danh («new Comparator() { … }»), không được phép trong"
                                        + " quy tắc."))),
                Arguments.of("opens a script engine",
                        drl("import javax.script.ScriptEngineManager;", "",
                                "new ScriptEngineManager().getEngineByName(\"js\").eval(\"1\");"),
                        List.of(at(5, outside("javax.script.ScriptEngineManager")),
                                at(11, "Mã quy tắc dùng «ScriptEngineManager», một kiểu không xác định được, nên không kiểm"
                                        + " tra được; chỉ được dùng các lớp dữ kiện và dòng bảng của dự án, Math, java.math,"
                                        + " java.time, chuỗi và tập hợp."))),
                Arguments.of("reaches the session through the rule context",
                        drl("", "", "drools.getKieRuntime().getKieBase();"),
                        List.of(at(11, forbidden("getKieRuntime")))),
                Arguments.of("calls a method on a value of unknown type",
                        drl("", "", "List.of($t).forEach(x -> x.hashCode());"),
                        List.of(at(11, "Mã quy tắc gọi «hashCode» trên «x», một giá trị không rõ kiểu nên không kiểm tra"
                                + " được (hãy gán nó vào một biến có kiểu được phép)."))),
                Arguments.of("hangs in an endless loop",
                        drl("", "", "while (true) { }"),
                        List.of(at(11, "Mã quy tắc có vòng lặp không có điều kiện dừng hoặc có nhãn, không được phép trong"
                                + " quy tắc."))),
                Arguments.of("writes getClass with a unicode escape",
                        drl("", "", "$t.g\\u0065tClass();"),
                        List.of(at(11, forbidden("getClass")))),
                Arguments.of("declares an enum whose constants run code",
                        drl("declare enum Leak A(System.exit(0)); code : int end", "", "insert($t);"),
                        List.of(at(5, outside("java.lang.System")))),
                Arguments.of("declares a type extending java.io.File",
                        drl("declare Leak extends java.io.File end", "", "insert($t);"),
                        List.of(at(5, outside("java.io.File")))),
                Arguments.of("runs an expression timer",
                        "package rating;\n\nimport vn.gov.sokhcn.kpi.evaluation.facts.*;\nrule \"Hẹn giờ\"\n"
                                + "    timer (expr: System.exit(0))\nwhen\n    $t : TotalScore()\nthen\n    insert($t);\nend\n",
                        List.of(at(5, "Quy tắc dùng thuộc tính «timer», không được dùng trong quy tắc tính xếp loại."))),
                Arguments.of("hides a call behind MVEL's null-safe operator",
                        drl("", "TotalScore( employeeId!.isEmpty() )", "insert($t);"),
                        List.of(at(9, "Ràng buộc «employeeId!.isEmpty()» không kiểm tra được (cú pháp MVEL hoặc không đọc"
                                + " được), không được dùng."))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRuleFiles")
    void shouldRefuseRuleCodeThatReachesTheJvm(String way, String drl, List<RuleProblem> expected) {
        assertThat(problemsOf(drl)).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldRefuseSystemExitInACodeRowAtItsCell() {
        RuleSetFiles files = BrokenWorkbooks.withCell(WORKBOOK, CONDUCT, "C9", "row.setCode(\"$param\"); System.exit(0);");

        assertThat(RuleCodeConfinement.check(files)).containsExactly(
                RuleProblem.atCell("decision-tables/" + WORKBOOK, CONDUCT, "C9", outside("java.lang.System")));
    }

    @Test
    void shouldRefuseSystemExitInAConditionCodeRowAtItsCell() {
        RuleSetFiles condition = BrokenWorkbooks.withCell(WORKBOOK, BANDS, "D7", "CONDITION");
        condition = BrokenWorkbooks.withCell(condition, WORKBOOK, BANDS, "D8", "$b : BandRow");
        condition = BrokenWorkbooks.withCell(condition, WORKBOOK, BANDS, "D9", "regime != null && System.exit($param) == null");

        assertThat(RuleCodeConfinement.check(condition)).containsExactly(
                RuleProblem.atCell("decision-tables/" + WORKBOOK, BANDS, "D9", outside("java.lang.System")));
    }

    @Test
    void shouldAcceptTheShippedRuleSet() {
        long start = System.nanoTime();
        List<RuleProblem> problems = RuleCodeConfinement.check(BrokenWorkbooks.shipped());
        System.out.println("confinement check of the shipped set: " + (System.nanoTime() - start) / 1_000_000 + " ms");

        assertThat(problems).isEmpty();
    }

    @Test
    void shouldAcceptHarmlessCodeWithMathNumbersDatesAndLists() {
        String drl = drl("import java.math.BigDecimal; import java.math.RoundingMode; import java.time.LocalDate; import java.util.ArrayList;",
                "TotalScore( Math.max(score, 0) >= 0, employeeId.startsWith(\"CB\") )",
                "List<String> ids = new ArrayList<>(); ids.add($id.trim()); BigDecimal s = BigDecimal.valueOf($t.score())"
                        + ".setScale(2, RoundingMode.HALF_UP); LocalDate d = LocalDate.of(2024, 1, 1).plusDays(ids.size());"
                        + " double m = Math.max(s.doubleValue(), 1.0); insert($t);");

        assertThat(problemsOf(drl)).isEmpty();
    }
}
