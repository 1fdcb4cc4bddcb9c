package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.gov.sokhcn.kpi.ruleset.RuleFolders;
import vn.gov.sokhcn.kpi.ruleset.RuleSetLoader;

/**
 * Versions of the rule set over real HTTP: version 1 from the folders, a DRAFT from a changed workbook
 * (the «Tốt» band of Decree 335 raised from 70 to 75 points), activation, rollback, refused activation.
 */
public class RuleSetVersionsHttpTest extends FromVersionOneHttpTest {
    static final String WORKBOOK = "xep-loai.drl.xlsx";
    static final String SHEET = "Khung điểm";

    @Autowired
    RuleFolders folders;

    /** Decree 335's «Tốt» (HTTNV) from 75 instead of 70 points, «Hoàn thành» up to 75. */
    static byte[] raisedBand() {
        return RulesetHttp.workbookWith(WORKBOOK, SHEET, Map.of("D20", 75, "E21", 75));
    }

    /**
     * The raised band as an HR officer would hand it in: the test cases of the workbooks that stated
     * the old band (70 points rated HTTNV, and the quota cases counting them) brought up to date, so
     * the version passes its tests. Keyed by path in the set.
     */
    static Map<String, byte[]> raisedBandWithItsTests() {
        return Map.of(
                "decision-tables/" + WORKBOOK, RulesetHttp.withExpectedRatings(raisedBand(),
                        Map.of(4, "HTTNV", 5, "HTNV", 6, "HTNV", 7, "HTNV", 8, "HTNV", 9, "HTNV", 10, "HTNV")),
                "decision-tables/cham-diem.drl.xlsx", RulesetHttp.withExpectedRatings(shipped("cham-diem.drl.xlsx"),
                        Map.of(4, "HTNV", 7, "HTNV", 15, "HTNV")),
                "decision-tables/han-muc.drl.xlsx", RulesetHttp.withExpectedRatings(shipped("han-muc.drl.xlsx"),
                        hanMucUnderTheRaisedBand()));
    }

    /**
     * The quota cases of han-muc once 70 points is HTNV: no HTTNV is left in HM-01, HM-04 and HM-05, so the quota
     * allows no HTXSNV and moves every one of them (the three equals of HM-05 together, so no tie is left).
     */
    private static Map<Integer, String> hanMucUnderTheRaisedBand() {
        Map<Integer, String> rows = new java.util.HashMap<>(Map.of(2, "HTTNV", 4, "HTNV", 5, "HTNV", 6, "HTNV", 7, "HTNV",
                8, "HTNV", 12, "HTTNV", 18, "HTTNV", 19, "HTTNV", 20, "HTTNV"));
        for (int row : new int[] {13, 14, 15, 16, 17, 21, 22, 23, 24, 25}) {
            rows.put(row, "HTNV");
        }
        return rows;
    }

    public static byte[] raisedBandZip() {
        return RulesetHttp.shippedZipWith(raisedBandWithItsTests());
    }

    private static byte[] shipped(String workbook) {
        return RulesetHttp.read(Path.of("decision-tables", workbook));
    }

    @Test
    void shouldStoreTheFoldersAsActiveVersionOneAtTheFirstStart() {
        JsonNode list = http.get("/api/rulesets").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(list.get(0).get("state").asString()).isEqualTo("ACTIVE");
        assertThat(list.get(0).get("sha256").asString()).isEqualTo(new RuleSetLoader(folders).load().sha256());
        assertThat(list.get(0).get("activatedAt").isNull()).isFalse();
        JsonNode one = http.get("/api/rulesets/1").json();
        assertThat(one.get("problems")).isEmpty();
    }

    @Test
    void shouldDraftAChangedWorkbookAndApplyItOnActivationThenRollBack() {
        JsonNode before = http.evaluate(RulesetHttp.exampleRequest()).json();
        assertThat(rating(before, "CB003")).isEqualTo("HTTNV");

        RulesetHttp.Reply uploaded = http.upload("bo-quy-tac.zip", raisedBandZip(), "Nâng khung «Tốt» lên 75 điểm");
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        JsonNode draft = uploaded.json();
        assertThat(draft.get("version").asInt()).isEqualTo(2);
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("problems")).isEmpty();
        assertThat(draft.get("structural").asBoolean()).isFalse();
        assertThat(draft.get("changedFiles").toString()).isEqualTo("[\"decision-tables/cham-diem.drl.xlsx\","
                + "\"decision-tables/han-muc.drl.xlsx\",\"decision-tables/xep-loai.drl.xlsx\"]");
        assertThat(draft.get("changes").findValuesAsString("location")).contains(
                "decision-tables/xep-loai.drl.xlsx!Khung điểm!D20", "decision-tables/xep-loai.drl.xlsx!Khung điểm!E21");
        assertThat(draft.get("changes").findValuesAsString("kind")).containsOnly("DATA_CELL");
        assertThat(http.evaluate(RulesetHttp.exampleRequest()).json().at("/ruleSet/version").asInt()).isEqualTo(1);

        RulesetHttp.Reply activated = http.activate(2, null);
        assertThat(activated.status()).as(activated.text()).isEqualTo(200);
        JsonNode after = http.evaluate(RulesetHttp.exampleRequest()).json();
        assertThat(after.at("/ruleSet/version").asInt()).isEqualTo(2);
        assertThat(after.at("/ruleSet/sha256").asString()).isEqualTo(draft.get("sha256").asString());
        assertThat(rating(after, "CB003")).isEqualTo("HTNV");
        assertThat(state(1)).isEqualTo("RETIRED");
        assertThat(state(2)).isEqualTo("ACTIVE");
        JsonNode two = http.get("/api/rulesets/2").json();
        assertThat(two.get("author").asString()).isEqualTo("expert");
        assertThat(two.get("comment").asString()).isEqualTo("Nâng khung «Tốt» lên 75 điểm");
        assertThat(two.get("activatedBy").asString()).isEqualTo("hr2");
        assertThat(two.get("basedOn").asInt()).isEqualTo(1);

        assertThat(http.activate(1, null).status()).isEqualTo(200);
        JsonNode rolledBack = http.evaluate(RulesetHttp.exampleRequest()).json();
        assertThat(rolledBack).isEqualTo(before);
        assertThat(state(1)).isEqualTo("ACTIVE");
        assertThat(state(2)).isEqualTo("RETIRED");
    }

    @Test
    void shouldRefuseCodeInADataCellAtItsCellSayingWhatWasExpected() {
        RulesetHttp.Reply uploaded = http.upload(WORKBOOK,
                RulesetHttp.workbookWith(WORKBOOK, SHEET, Map.of("D12", "70; System.exit(0)")), null);

        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        JsonNode problem = uploaded.json().get("problems").get(0);
        assertThat(problem.get("location").asString()).isEqualTo("decision-tables/xep-loai.drl.xlsx!Khung điểm!D12");
        assertThat(problem.get("message").asString()).startsWith(
                "Cột «Điểm từ (≥)»: cần một số (ví dụ 90 hoặc 72.5) ở ô D12; đang có «70; System.exit(0)»: có câu lệnh");
        assertThat(problem.get("expected").asString())
                .isEqualTo("một số, ví dụ 90 hoặc 72.5 (dấu chấm thập phân, định dạng General hoặc Number)");
        assertThat(http.activate(2, null).status()).isEqualTo(409);
        assertThat(state(1)).isEqualTo("ACTIVE");
    }

    @Test
    void shouldRefuseToActivateAnApprovedDraftWhoseRuleCodeWritesAFileAndNeverRunIt() throws Exception {
        Path target = Files.createTempDirectory("kpi-confine").resolve("pwned.txt");
        String pilot = new String(RulesetHttp.read(Path.of("rules/rating/pilot.drl")), StandardCharsets.UTF_8);
        String hostile = pilot + "\nrule \"Ghi tệp\"\nwhen\n    $t : TotalScore()\nthen\n"
                + "    java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + target + "\"), \"x\");\nend\n";
        String line = "rules/rating/pilot.drl:" + (hostile.lines().count() - 1);

        RulesetHttp.Reply uploaded = http.upload("pilot.drl", hostile.getBytes(StandardCharsets.UTF_8), null);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        JsonNode problems = uploaded.json().get("problems");
        assertThat(problems).extracting(p -> p.get("location").asString()).containsExactly(line, line);
        assertThat(problems).extracting(p -> p.get("message").asString()).containsExactly(
                OUTSIDE.formatted("java.nio.file.Path"), OUTSIDE.formatted("java.nio.file.Files"));
        RulesetHttp.Reply approved = http.approve(2);
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(approved.json().get("approvedBy").asString()).isEqualTo("admin");

        RulesetHttp.Reply refused = http.activate(2, null);
        assertThat(refused.status()).as(refused.text()).isEqualTo(409);
        JsonNode all = refused.json().get("problems"); // compiled once approved: the confinement refuses it, no case runs
        assertThat(all).hasSize(3);
        assertThat(all.get(0)).isEqualTo(problems.get(0));
        assertThat(all.get(1)).isEqualTo(problems.get(1));
        assertThat(all.get(2).get("message").asString()).isEqualTo(ALL_CASES_NOT_RUN);
        assertThat(http.evaluate(RulesetHttp.exampleRequest()).json().at("/ruleSet/version").asInt()).isEqualTo(1);
        assertThat(state(1)).isEqualTo("ACTIVE");
        assertThat(target).doesNotExist();
    }

    static final String ALL_CASES_NOT_RUN = "98 ca kiểm thử không chạy được vì lỗi trên (cham-diem.drl.xlsx: 13, che-do-ap-dung.drl.xlsx: 10, "
                + "han-muc.drl.xlsx: 24, lanh-dao.drl.xlsx: 16, xep-loai.drl.xlsx: 35)";

    static final String OUTSIDE = "Mã quy tắc dùng «%s», nằm ngoài những gì được phép dùng khi tính xếp loại (các lớp dữ kiện"
            + " và dòng bảng của dự án, Math, java.math, java.time, chuỗi và tập hợp).";

    @Test
    void shouldKeepABrokenWorkbookAsADraftWithTheProblemOfItsCellAndRefuseToActivateIt() {
        RulesetHttp.Reply uploaded = http.upload(WORKBOOK, RulesetHttp.workbookWith(WORKBOOK, SHEET, Map.of("F20", "HTT")), null);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        JsonNode problems = uploaded.json().get("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(1).get("message").asString()).isEqualTo(ALL_CASES_NOT_RUN);
        JsonNode problem = problems.get(0);
        assertThat(problem.get("location").asString()).isEqualTo("decision-tables/xep-loai.drl.xlsx!Khung điểm!F20");
        assertThat(problem.get("file").asString()).isEqualTo("decision-tables/xep-loai.drl.xlsx");
        assertThat(problem.get("sheet").asString()).isEqualTo(SHEET);
        assertThat(problem.get("cell").asString()).isEqualTo("F20");
        assertThat(problem.get("line").isNull()).isTrue();
        assertThat(problem.get("message").asString()).isEqualTo(MESSAGE);

        RulesetHttp.Reply refused = http.activate(2, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).isEqualTo("Không thể áp dụng phiên bản 2 của bộ quy tắc: có 2 lỗi");
        assertThat(refused.json().get("problems")).isEqualTo(problems);
        assertThat(http.get("/api/rulesets/2").json().get("problems")).isEqualTo(problems);
        assertThat(state(1)).isEqualTo("ACTIVE");
        assertThat(state(2)).isEqualTo("DRAFT");
        assertThat(http.evaluate(RulesetHttp.exampleRequest()).json().at("/ruleSet/version").asInt()).isEqualTo(1);
    }

    static final String MESSAGE = "Cột «Xếp loại»: Mã xếp loại không hợp lệ: \"HTT\" (chỉ được dùng HTXSNV, HTTNV, HTNV, KHTNV hoặc NOT_RATED)";

    @Test
    void shouldDownloadTheExactBytesOfAVersion() {
        byte[] changed = raisedBand();
        http.upload(WORKBOOK, changed, null);
        RulesetHttp.Reply workbook = http.get("/api/rulesets/2/files/" + WORKBOOK);
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(workbook.body()).isEqualTo(changed);
        assertThat(http.get("/api/rulesets/1/files/" + WORKBOOK).body()).isEqualTo(RulesetHttp.read(Path.of("decision-tables", WORKBOOK)));

        RulesetHttp.Reply zip = http.get("/api/rulesets/1/zip");
        assertThat(zip.contentType()).isEqualTo("application/zip");
        RulesetHttp.Reply reuploaded = http.upload("bo-quy-tac.zip", zip.body(), null);
        assertThat(reuploaded.status()).as(reuploaded.text()).isEqualTo(201);
        assertThat(reuploaded.json().get("sha256").asString()).isEqualTo(new RuleSetLoader(folders).load().sha256());
        assertThat(reuploaded.json().get("changedFiles")).isEmpty();
    }

    @Test
    void shouldEvaluateEveryRequestWithAVersionInForceWhileVersionsAreActivatedBackAndForth() throws Exception {
        String sha1 = http.get("/api/rulesets/1").json().get("sha256").asString();
        String sha2 = http.upload("bo-quy-tac.zip", raisedBandZip(), null).json().get("sha256").asString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<String>>> evaluations = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                evaluations.add(pool.submit(() -> {
                    java.util.List<String> seen = new java.util.ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        RulesetHttp.Reply reply = http.evaluate(RulesetHttp.exampleRequest());
                        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
                        JsonNode json = reply.json();
                        int version = json.at("/ruleSet/version").asInt();
                        assertThat(json.at("/ruleSet/sha256").asString()).isEqualTo(version == 1 ? sha1 : sha2);
                        assertThat(rating(json, "CB003")).isEqualTo(version == 1 ? "HTTNV" : "HTNV");
                        seen.add(version + "");
                    }
                    return seen;
                }));
            }
            for (int i = 0; i < 50; i++) {
                assertThat(http.activate(i % 2 == 0 ? 2 : 1, null).status()).isEqualTo(200);
            }
            for (var evaluation : evaluations) {
                assertThat(evaluation.get(5, java.util.concurrent.TimeUnit.MINUTES)).hasSize(20).allMatch(v -> v.equals("1") || v.equals("2"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(state(1)).isEqualTo("ACTIVE");
        assertThat(state(2)).isEqualTo("RETIRED");
    }

    @Test
    void shouldEvaluateAPeriodWithTheVersionWhoseEffectiveRangeHoldsItsStart(@Autowired vn.gov.sokhcn.kpi.ruleset.version.ActiveRuleSet active) {
        http.upload("bo-quy-tac.zip", raisedBandZip(), null);
        RulesetHttp.Reply activated = http.activate(2, "{\"effectiveFrom\": \"2026-03-01\", \"effectiveTo\": \"2026-06-30\"}");
        assertThat(activated.status()).as(activated.text()).isEqualTo(200);
        assertThat(activated.json().get("effectiveFrom").asString()).isEqualTo("2026-03-01");
        assertThat(state(1)).isEqualTo("ACTIVE");
        assertThat(state(2)).isEqualTo("ACTIVE");

        JsonNode march = http.evaluate(RulesetHttp.exampleRequest()).json();
        assertThat(march.at("/ruleSet/version").asInt()).isEqualTo(2);
        assertThat(rating(march, "CB003")).isEqualTo("HTNV");
        assertThat(active.forPeriod(java.time.LocalDate.of(2026, 2, 1)).version()).isEqualTo(1);
        assertThat(active.forPeriod(java.time.LocalDate.of(2026, 6, 30)).version()).isEqualTo(2);
        assertThat(active.forPeriod(java.time.LocalDate.of(2026, 7, 1)).version()).isEqualTo(1);
        assertThat(active.get().version()).isEqualTo(1);

        assertThat(http.activate(2, "{\"effectiveFrom\": \"2026-07-01\", \"effectiveTo\": \"2026-03-01\"}").status()).isEqualTo(400);
    }

    private String state(int version) {
        return http.get("/api/rulesets/" + version).json().get("state").asString();
    }

    static String rating(JsonNode response, String id) {
        for (JsonNode e : response.get("employees")) {
            if (e.get("id").asString().equals(id)) {
                return e.get("rating").asString();
            }
        }
        throw new AssertionError("no employee " + id);
    }
}
