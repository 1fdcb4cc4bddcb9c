package vn.gov.sokhcn.kpi.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who this process is among the instances sharing one database: {@code host:pid:random}. The random
 * part keeps two processes apart even when a restarted one gets the pid of a dead one.
 */
@Component
public class InstanceIdentity {
    private static final Logger log = LoggerFactory.getLogger(InstanceIdentity.class);

    private final String id;

    public InstanceIdentity() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        this.id = hostName() + ":" + ProcessHandle.current().pid() + ":" + HexFormat.of().formatHex(random);
        log.info("This instance is {}", id);
    }

    public String id() {
        return id;
    }

    /** The host and pid of an instance id, for people: «máy X (tiến trình N)»; the id itself when it is not one. */
    public static String describe(String instanceId) {
        int random = instanceId.lastIndexOf(':');
        int pid = random < 0 ? -1 : instanceId.lastIndexOf(':', random - 1);
        if (pid <= 0) {
            return "«" + instanceId + "»";
        }
        return "máy «" + instanceId.substring(0, pid) + "» (tiến trình " + instanceId.substring(pid + 1, random) + ")";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
