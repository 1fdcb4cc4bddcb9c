package vn.gov.sokhcn.kpi.ruleset.version;

import org.springframework.security.access.AccessDeniedException;

/** A rule set action the current user may not take (four eyes): 403 with the reason in Vietnamese. */
class RuleSetForbiddenException extends AccessDeniedException {

    RuleSetForbiddenException(String message) {
        super(message);
    }
}
