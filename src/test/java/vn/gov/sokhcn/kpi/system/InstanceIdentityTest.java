package vn.gov.sokhcn.kpi.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** This process among the instances of one database: host, pid and a random part; told to people by host and pid. */
class InstanceIdentityTest {

    @Test
    void shouldNameTheHostAndPidOfThisProcessWithARandomPart() {
        String id = new InstanceIdentity().id();

        assertThat(id).matches(".+:" + ProcessHandle.current().pid() + ":[0-9a-f]{8}");
        assertThat(new InstanceIdentity().id()).isNotEqualTo(id);
    }

    @Test
    void shouldDescribeAnInstanceByItsHostAndPid() {
        assertThat(InstanceIdentity.describe("may-a.sokhcn.local:4242:0badbeef"))
                .isEqualTo("máy «may-a.sokhcn.local» (tiến trình 4242)");
        assertThat(InstanceIdentity.describe("la-lung")).isEqualTo("«la-lung»");
    }
}
