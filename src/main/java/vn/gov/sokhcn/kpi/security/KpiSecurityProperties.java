package vn.gov.sokhcn.kpi.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kpi.security.*}: BCrypt's cost (4–31, BCrypt's own range), the shortest password accepted, the demo
 * accounts, the first ADMIN's password (blank: none is created), the sign-in throttle, and whether the API
 * documents are public.
 */
@Validated
@ConfigurationProperties("kpi.security")
public record KpiSecurityProperties(@Min(4) @Max(31) @DefaultValue("10") int bcryptStrength,
                                    @Min(1) @DefaultValue("8") int passwordMinLength,
                                    boolean demoUsers,
                                    @DefaultValue("") String initialAdminPassword,
                                    @Valid @NotNull @DefaultValue Throttle loginThrottle,
                                    boolean apiDocsPublic) {

    /** After {@code max-failures} failed sign-ins within {@code window}, the account or address waits. */
    public record Throttle(@Min(1) @DefaultValue("5") int maxFailures, @NotNull @DefaultValue("5m") Duration window) {
    }
}
