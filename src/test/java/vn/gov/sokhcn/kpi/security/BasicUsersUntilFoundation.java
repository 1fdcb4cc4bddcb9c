package vn.gov.sokhcn.kpi.security;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * TEMPORARY, for real-HTTP tests written before the security foundation (issue 5) lands: HTTP Basic on
 * /api/** with the test users of the foundation ({@code admin}, {@code hr}, {@code hr2}, {@code expert},
 * password {@code demo}), everything else open as today. It steps aside by itself once the application
 * defines its own {@link UserDetailsService} (the users in the database); then delete it and its imports.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BasicUsersUntilFoundation {
    private static final Map<String, Role> USERS = Map.of("admin", Role.ADMIN, "hr", Role.HR_OFFICER, "hr2", Role.HR_OFFICER,
            "expert", Role.EXPERT);

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @ConditionalOnMissingBean(UserDetailsService.class)
    SecurityFilterChain basicUsersUntilFoundation(HttpSecurity http) throws Exception {
        UserDetailsService users = name -> {
            Role role = USERS.get(name);
            if (role == null) {
                throw new UsernameNotFoundException(name);
            }
            return new KpiPrincipal(name, "{noop}demo", role, null, true);
        };
        http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(new DaoAuthenticationProvider(users)))
                .httpBasic(Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
