package vn.gov.sokhcn.kpi.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. The API answers HTTP Basic, other systems' API tokens ({@link BearerTokenFilter}) and the
 * console's session with problem details;
 * pages use a Vietnamese login form. URL rules here are the coarse gate by role; whose data a user
 * may see is decided again in the services and their queries (see Scope). Before any password is checked,
 * {@link LoginThrottleFilter} refuses accounts and addresses with too many recent failures; once signed in,
 * {@link PasswordChangeGate} holds a must-change account at the password change.
 */
@Configuration
class SecurityConfiguration {
    private static final String[] HR = {Role.ADMIN.name(), Role.HR_OFFICER.name()};
    private static final String[] POLICY = {Role.ADMIN.name(), Role.HR_OFFICER.name(), Role.EXPERT.name()};
    private static final String[] REPORTS =
            {Role.ADMIN.name(), Role.HR_OFFICER.name(), Role.EXPERT.name(), Role.UNIT_HEAD.name()};

    @Bean
    PasswordEncoder passwordEncoder(KpiSecurityProperties security) {
        return new BCryptPasswordEncoder(security.bcryptStrength());
    }

    /**
     * No observation of Spring Security's own steps (a timer and events around each of its filters, the sign-in and
     * every authorization decision): nothing exports them (only health and info are exposed), and for one person
     * evaluated with an API token they cost about 7 % of the server's CPU. Boot's {@code http.server.requests} still
     * times every request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiAuthenticationEntryPoint apiEntryPoint,
                                            ProblemAccessDeniedHandler deniedHandler, LoginThrottle throttle,
                                            ProblemResponses problems, ApplicationEventPublisher events, JdbcClient jdbc,
                                            KpiSecurityProperties security, BearerTokens tokens)
            throws Exception {
        // The API and its JSON description answer machines: problem details, Basic, no saved request.
        RequestMatcher api = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**"),
                PathPatternRequestMatcher.pathPattern("/v3/api-docs/**"));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", LoginThrottleFilter.THROTTLED_PAGE, "/error", "/css/**", "/js/**",
                                "/img/**", "/webjars/**", "/favicon.ico", "/actuator/health/**").permitAll()
                        // The API's description: open in the demo only; in production it maps every door to a stranger.
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .access(security.apiDocsPublic() ? SingleResultAuthorizationManager.permitAll() : authenticated())
                        .requestMatchers("/api/users/me", "/api/users/me/**").authenticated()
                        .requestMatchers("/api/users/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/api-tokens/**", "/api-tokens/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/audit/**").hasAnyRole(HR)
                        .requestMatchers("/api/evaluations/**").hasAnyRole(POLICY)
                        .requestMatchers(POST, "/api/rulesets/*/approve").hasRole(Role.ADMIN.name())
                        .requestMatchers(POST, "/api/rulesets/*/activate").hasRole(Role.HR_OFFICER.name())
                        .requestMatchers(POST, "/api/rulesets").hasAnyRole(POLICY)
                        .requestMatchers("/api/rulesets/**", "/api/trials/**").hasAnyRole(POLICY)
                        .requestMatchers("/api/reports/**").hasAnyRole(REPORTS)
                        .requestMatchers(GET, "/api/periods/*/import-template").hasAnyRole(HR)
                        // Console pages (issue 7): the same split as their API.
                        .requestMatchers("/rulesets/**", "/trials/**").hasAnyRole(POLICY)
                        .requestMatchers("/data/**").hasAnyRole(HR)
                        .requestMatchers("/reports/**").hasAnyRole(REPORTS)
                        // Opening and publishing a cycle are HR's, on the console as on the API; the steps of one
                        // appraisal are open to everyone signed in and decided by the appraisal services.
                        .requestMatchers(POST, "/appraisal-cycles", "/appraisal-cycles/*/publish").hasAnyRole(HR)
                        // Steps of an appraisal are taken by the person, their head or the competent person:
                        // the appraisal services decide who (appraisal/AppraisalAccess).
                        .requestMatchers(POST, "/api/appraisals/*/self-assessment", "/api/appraisals/*/unit-review",
                                "/api/appraisals/*/decision", "/api/appraisals/*/complaints",
                                "/api/appraisal-complaints/*/resolution").authenticated()
                        .requestMatchers(POST, "/api/**").hasAnyRole(HR)
                        .requestMatchers(PUT, "/api/**").hasAnyRole(HR)
                        .requestMatchers(PATCH, "/api/**").hasAnyRole(HR)
                        .requestMatchers(DELETE, "/api/**").hasAnyRole(HR)
                        .anyRequest().authenticated())
                .addFilterBefore(new LoginThrottleFilter(throttle, problems, events), UsernamePasswordAuthenticationFilter.class)
                // Other systems' API tokens: a hash lookup before Basic, whose BCrypt check they never reach.
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeGate(jdbc, problems), AuthorizationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .requestCache(cache -> cache.requestCache(pagesOnly(api)))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(apiEntryPoint, api)
                        // Every other page goes to the login form, whatever the client accepts.
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(deniedHandler, api)
                        // A page refused by these rules: the Vietnamese error page (/error, console/error) with the menu.
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                // A client of the API sends its credentials itself, so a forged cross-site request has none:
                // only requests riding on a browser session (a cookie) need the CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> api.matches(request)
                        && request.getRequestedSessionId() == null))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                                        + "base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> authenticated() {
        return AuthenticatedAuthorizationManager.authenticated();
    }

    /**
     * Remembers the page a browser asked for before the login form, never an API call: a refused API
     * client gets no session (whose cookie would then make its next POST need a CSRF token).
     */
    private static RequestCache pagesOnly(RequestMatcher api) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.pathPattern(GET, "/**"),
                new NegatedRequestMatcher(api), new NegatedRequestMatcher(PathPatternRequestMatcher.pathPattern("/favicon.ico"))));
        return cache;
    }
}
