package vn.gov.sokhcn.kpi.organisation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A business code that is also a path segment ({@code /api/units/PKH}): at most 40 characters, no
 * spaces and none of {@code / \ ? # % ;}. A blank code is left to {@code @NotBlank} and its own message.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Size(max = 40, message = "Mã dài tối đa 40 ký tự")
@Pattern(regexp = "\\s*|[^\\s/\\\\?#%;]+", message = "Mã không được chứa khoảng trắng hay các ký tự / \\ ? # % ;")
@interface BusinessCode {
    String message() default "Mã không hợp lệ";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
