package vn.gov.sokhcn.kpi.evaluation.api;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A number of a request is finite and at most 10^15 either way (budgets in đồng fit). JSON may
 * carry 1e400, which reads as infinity, and "NaN"; neither may reach the rules, whose arithmetic
 * would fail on them (a 500) instead of refusing the value.
 */
@Documented
@Constraint(validatedBy = {})
@DecimalMin("-1000000000000000")
@DecimalMax("1000000000000000")
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface BoundedNumber {
    String message() default "Số không hợp lệ hoặc quá lớn: độ lớn tối đa là 1.000.000.000.000.000 (10^15)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
