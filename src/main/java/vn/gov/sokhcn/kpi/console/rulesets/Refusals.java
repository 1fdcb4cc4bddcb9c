package vn.gov.sokhcn.kpi.console.rulesets;

import java.util.stream.Collectors;
import vn.gov.sokhcn.kpi.system.InvalidRequestException;
import vn.gov.sokhcn.kpi.security.ScopeDeniedException;
import vn.gov.sokhcn.kpi.system.NotFoundException;
import vn.gov.sokhcn.kpi.system.limits.PayloadTooLargeException;

/** The Vietnamese sentence of a refusal by the rule set service, for the page; anything else is not a refusal. */
final class Refusals {
    private Refusals() {
    }

    static String message(RuntimeException e) {
        if (e instanceof InvalidRequestException invalid) {
            return invalid.problems().stream().map(p -> p.message()).collect(Collectors.joining("; "));
        }
        boolean refusal = e instanceof ScopeDeniedException || e instanceof NotFoundException
                || e instanceof vn.gov.sokhcn.kpi.system.ConflictException
                || e instanceof PayloadTooLargeException || e.getClass().getName().startsWith("vn.gov.sokhcn.kpi.ruleset.");
        if (!refusal) {
            throw e;
        }
        // The API's own hint ("(POST /api/rulesets/5/approve)") means nothing on a page with a button.
        return e.getMessage().replaceAll("\\s*\\((POST|GET) /api/[^)]*\\)", "");
    }
}
