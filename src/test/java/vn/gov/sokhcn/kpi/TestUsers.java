package vn.gov.sokhcn.kpi;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The users every test context has (kpi.security.demo-users=true in the test configuration), all with
 * the password «demo»: admin (ADMIN), hr and hr2 (HR_OFFICER), expert (EXPERT); head (UNIT_HEAD of QLKH,
 * CB17) and staff (EMPLOYEE, CB19) where the demo data is loaded.
 */
public final class TestUsers {
    public static final String PASSWORD = "demo";

    private TestUsers() {
    }

    /** The value of an Authorization header signing in as this user over HTTP Basic. */
    public static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
