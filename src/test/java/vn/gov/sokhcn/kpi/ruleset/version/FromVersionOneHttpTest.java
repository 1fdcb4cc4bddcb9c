package vn.gov.sokhcn.kpi.ruleset.version;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HTTP tests of rule-set versions on a running server: every test starts from version 1 alone, whatever the tests
 * before it uploaded and activated, and leaves version 1 alone in force after it, since the context is shared (the
 * evaluation API's tests, RuleSetUploadRefusedTest).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class FromVersionOneHttpTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActiveRuleSet active;

    RulesetHttp http;

    @BeforeEach
    void client() {
        FirstVersionOnly.restore(jdbc, active);
        http = new RulesetHttp(port);
    }

    @AfterEach
    void firstVersionOnly() {
        FirstVersionOnly.restore(jdbc, active);
    }
}
