package vn.gov.sokhcn.kpi.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC writes table and column names unquoted, as the Flyway migrations do. Quoted
 * lower-case names ("units") would match PostgreSQL, which folds unquoted names to lower case, but
 * not H2, which folds them to upper case (UNITS); unquoted, both databases find the same tables.
 */
@Configuration(proxyBeanMethods = false)
class JdbcNamesConfiguration {

    @Bean
    static BeanPostProcessor unquotedJdbcNames() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
