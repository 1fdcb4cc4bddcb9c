package vn.gov.sokhcn.kpi.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The context of the rule set, rule source and data page tests: the demo Department with its periods run,
 * in a database of their own (they upload and activate rule set versions, import and run periods).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(properties = {"kpi.test.context=console-rules", "kpi.demo-data.enabled=true",
        "kpi.demo-data.run-periods=true"})
@AutoConfigureMockMvc
public @interface ConsolePagesContext {
}
