package vn.gov.sokhcn.kpi.system.limits;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The body size limit of {@code /api/**}, applied after the security filters (so an anonymous caller still hears 401 first). */
@Configuration
class LimitsConfiguration {
    /** Spring Security's filter chain sits at -100; this comes right after it. */
    private static final int AFTER_SECURITY = -99;

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            HttpProperties http, JsonMapper json) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(http.maxJsonBodySize().toBytes(), json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }
}
