package vn.gov.sokhcn.kpi.demo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.gov.sokhcn.kpi.security.DemoUsers;
import vn.gov.sokhcn.kpi.system.StartupLock;

/**
 * With {@code kpi.demo-data.enabled=true}, loads the demo data once every bean is created (Flyway
 * has migrated by then) and before the web server takes requests, so nothing reads the database
 * before the demo is in it. With {@code kpi.demo-data.run-periods=true} the freshly loaded periods
 * are also run officially, so there are results to look at from the first start; with
 * {@code kpi.demo-data.appraisal=true} as well, the year 2026 is then closed and taken through the
 * appraisal procedure ({@link AppraisalDemo}). The load and the demo users are first-start work under the
 * {@link StartupLock}: instances starting together on one empty database load the demo once. The demo users
 * (README) come with the demo data and only with it.
 */
@Component
@ConditionalOnProperty(name = "kpi.demo-data.enabled", havingValue = "true")
class DemoDataInitializer implements SmartInitializingSingleton {
    private final DemoDataLoader loader;
    private final DemoRuns runs;
    private final DemoUsers users;
    private final AppraisalDemo appraisal;
    private final DemoDataProperties properties;
    private final StartupLock startup;

    DemoDataInitializer(DemoDataLoader loader, DemoRuns runs, DemoUsers users, AppraisalDemo appraisal,
                        DemoDataProperties properties, StartupLock startup) {
        this.startup = startup;
        this.loader = loader;
        this.runs = runs;
        this.users = users;
        this.appraisal = appraisal;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean loaded = Boolean.TRUE.equals(startup.once(() -> {
            boolean fresh = loader.loadIfEmpty();
            if (fresh) {
                users.createMissing();
            }
            return fresh;
        }));
        if (loaded && properties.runPeriods()) {
            runs.runAll();
            if (properties.appraisal()) {
                appraisal.takeYearThrough();
            }
        }
    }
}
