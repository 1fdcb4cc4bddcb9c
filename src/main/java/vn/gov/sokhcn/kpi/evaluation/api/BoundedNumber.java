package vn.gov.sokhcn.kpi.evaluation.api;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A number of a request is finite and at most 10^15 either way (budgets in đồng fit). JSON may
 * carry 1e400, which reads as infinity, and "NaN"; neither may reach the rules, whose arithmetic
 * would fail on them (a 500) instead of refusing the value. Checked on the double itself rather than
 * composed of {@code @DecimalMin}/{@code @DecimalMax}, which make a BigDecimal of each of the million
 * numbers of a 10,000-person request.
 */
@Documented
@Constraint(validatedBy = BoundedNumber.Check.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface BoundedNumber {
    String message() default "Số không hợp lệ hoặc quá lớn: độ lớn tối đa là 1.000.000.000.000.000 (10^15)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The largest magnitude a number may have. */
    double LIMIT = 1e15;

    /** Finite and within {@link #LIMIT} either way; an absent number is for other constraints to refuse. */
    class Check implements ConstraintValidator<BoundedNumber, Number> {
        @Override
        public boolean isValid(Number value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            double number = value.doubleValue();
            return Double.isFinite(number) && Math.abs(number) <= LIMIT;
        }
    }
}
