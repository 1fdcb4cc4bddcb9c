package vn.gov.sokhcn.kpi.security;

import org.springframework.security.access.AccessDeniedException;

/** A refusal with its own Vietnamese reason, e.g. another unit's results or activating one's own upload. */
public class ScopeDeniedException extends AccessDeniedException {
    public ScopeDeniedException(String message) {
        super(message);
    }
}
