package vn.gov.sokhcn.kpi.ruleset.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import tools.jackson.databind.JsonNode;

/**
 * No lost update (issue 17): work based on an ACTIVE version that is no longer the one in force — another person,
 * maybe on another instance, activated a newer one since — is refused with 409 naming both versions. Readiness
 * names the version in force. Shares its context with {@link RuleSetVersionsHttpTest}.
 */
class StaleBaseHttpTest extends FromVersionOneHttpTest {
    @Autowired
    RuleSetHealth health;

    /** The raised «Tốt» band with the test cases that stated the old one: a draft without problems. */
    private static Map<String, byte[]> cleanChange() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        RuleSetVersionsHttpTest.raisedBandWithItsTests().forEach((path, bytes) -> files.put(path.substring(path.lastIndexOf('/') + 1), bytes));
        return files;
    }

    @Test
    void shouldAcceptAnUploadBasedOnTheActiveVersionTheClientSaw() {
        RulesetHttp.Reply reply = http.upload(cleanChange(), "1", "Dựa trên phiên bản đang áp dụng");

        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(http.get("/api/rulesets/2").json().get("basedOn").asInt()).isEqualTo(1);
    }

    @Test
    void shouldRefuseToActivateADraftStartedFromAVersionNoLongerInForceNamingBoth() {
        assertThat(http.upload(cleanChange(), "1", "Bản của người thứ nhất").status()).isEqualTo(201);
        assertThat(http.upload(cleanChange(), "1", "Bản của người thứ hai").status()).isEqualTo(201);
        assertThat(http.activate(3, null).status()).isEqualTo(200);

        RulesetHttp.Reply reply = http.activate(2, null);

        assertThat(reply.status()).as(reply.text()).isEqualTo(409);
        JsonNode problem = reply.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:kpi:problem:stale-base");
        assertThat(problem.get("title").asString()).isEqualTo("Phiên bản làm nền đã cũ");
        assertThat(problem.get("detail").asString()).isEqualTo("Bản nháp 2 dựa trên phiên bản 1 nhưng phiên bản đang áp "
                + "dụng là 3: áp dụng bản nháp sẽ bỏ mất thay đổi của phiên bản 3. Hãy tải các tệp đã sửa lên lại dựa "
                + "trên phiên bản 3.");
        assertThat(problem.get("basedOn").asInt()).isEqualTo(1);
        assertThat(problem.get("active").asInt()).isEqualTo(3);
        assertThat(http.get("/api/rulesets/2").json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(http.get("/api/rulesets/3").json().get("state").asString()).isEqualTo("ACTIVE");
        assertThat(active.get().version()).isEqualTo(3);
    }

    @Test
    void shouldStillRollBackToAnEarlierVersionOnPurpose() {
        assertThat(http.upload(cleanChange(), null, null).status()).isEqualTo(201);
        assertThat(http.activate(2, null).status()).isEqualTo(200);

        RulesetHttp.Reply reply = http.activate(1, null);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(active.get().version()).isEqualTo(1);
    }

    @Test
    void shouldBeReadyWithTheVersionInForceOnceTheRuleSetIsLoaded() {
        RulesetHttp.Reply readiness = http.get("/actuator/health/readiness");

        assertThat(readiness.status()).as(readiness.text()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
        assertThat(health.health(true).getDetails()).containsEntry("version", 1).containsEntry("sha256", active.get().sha256());
    }
}
