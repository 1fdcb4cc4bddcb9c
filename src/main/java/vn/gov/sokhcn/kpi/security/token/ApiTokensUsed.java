package vn.gov.sokhcn.kpi.security.token;

import java.time.LocalDateTime;
import java.util.List;

/** Requests answered for API tokens since the last batch: one audit event each (see {@link TokenUses}). */
public record ApiTokensUsed(List<Use> uses) {

    /** One request: the token's name, when it was answered, what was asked and the status of the answer. */
    public record Use(String tokenName, String actor, LocalDateTime at, String method, String path, int status,
                      String remoteAddress) {
    }
}
