package vn.gov.sokhcn.kpi.demo;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh in-memory H2 database migrated by Flyway, with a demo loader over it, without Spring Boot. */
record DemoDatabase(JdbcTemplate jdbc, DemoDataLoader loader) {

    static DemoDatabase fresh() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        var loader = new DemoDataLoader(jdbc, new DataSourceTransactionManager(dataSource), new OrganisationDemo(jdbc),
                new StrategyDemo(jdbc), new CalendarDemo(jdbc), new WorkDemo(jdbc));
        return new DemoDatabase(jdbc, loader);
    }

    static DemoDatabase loaded() {
        DemoDatabase db = fresh();
        db.loader().loadIfEmpty();
        return db;
    }

    long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
