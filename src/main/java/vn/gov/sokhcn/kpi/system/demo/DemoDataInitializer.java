package vn.gov.sokhcn.kpi.system.demo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With {@code kpi.demo-data.enabled=true}, loads the demo data once every bean is created (Flyway
 * has migrated by then) and before the web server takes requests, so nothing reads the database
 * before the demo is in it.
 */
@Component
@ConditionalOnProperty(name = "kpi.demo-data.enabled", havingValue = "true")
class DemoDataInitializer implements SmartInitializingSingleton {
    private final DemoDataLoader loader;

    DemoDataInitializer(DemoDataLoader loader) {
        this.loader = loader;
    }

    @Override
    public void afterSingletonsInstantiated() {
        loader.loadIfEmpty();
    }
}
