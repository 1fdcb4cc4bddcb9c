package vn.gov.sokhcn.kpi.ruleset.version;

import vn.gov.sokhcn.kpi.security.ScopeDeniedException;

/** A rule set action the current user may not take (four eyes): 403 with the reason in Vietnamese (ProblemDetailsAdvice). */
class RuleSetForbiddenException extends ScopeDeniedException {

    RuleSetForbiddenException(String message) {
        super(message);
    }
}
