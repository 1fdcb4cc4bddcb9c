package vn.gov.sokhcn.kpi.system.db;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;

/** The locks of {@link OneInstanceLock}, in table INT_LOCK; each instance is one client (a random id). */
@Configuration(proxyBeanMethods = false)
class LockConfiguration {
    @Bean
    DefaultLockRepository lockRepository(DataSource dataSource) {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource);
        repository.setRegion("kpi");
        return repository;
    }
}
