package vn.gov.sokhcn.kpi.evaluation.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A person evaluated normally needs general-criteria points; a person rolled up from monthly
 * scores does not. Broken, it names {@code generalCriteria} as a field constraint would.
 */
@Documented
@Constraint(validatedBy = GeneralCriteriaUnlessRolledUp.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface GeneralCriteriaUnlessRolledUp {
    String message() default "Thiếu điểm tiêu chí chung";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<GeneralCriteriaUnlessRolledUp, EvaluationRequest.Employee> {
        @Override
        public boolean isValid(EvaluationRequest.Employee employee, ConstraintValidatorContext context) {
            if (employee == null || employee.rolledUp() || employee.generalCriteria() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("generalCriteria").addConstraintViolation();
            return false;
        }
    }
}
