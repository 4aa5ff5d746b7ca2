package brussels.socialhealth.core.validation;

import brussels.socialhealth.core.CoreCodes;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@link brussels.socialhealth.core.LocalizedText} is an official name and must exist in
 * French and Dutch. Violations carry the code {@link CoreCodes#TEXT_OFFICIAL_LANGUAGES}.
 */
@Documented
@Constraint(validatedBy = OfficialNameValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OfficialName {
  /**
   * The message template: the code in braces, resolved by {@link ModelValidator}.
   *
   * @return the template
   */
  String message() default "{" + CoreCodes.TEXT_OFFICIAL_LANGUAGES + "}";

  /**
   * Validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload; use {@link Warning} to report a warning instead of an error.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
