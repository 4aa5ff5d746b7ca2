package brussels.socialhealth.core.validation;

import brussels.socialhealth.core.LocalizedText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link OfficialName}; an absent value is valid (combine with {@code @NotNull}). */
public final class OfficialNameValidator implements ConstraintValidator<OfficialName, LocalizedText> {
  /** Creates the validator; called by Bean Validation. */
  public OfficialNameValidator() {}

  @Override
  public boolean isValid(LocalizedText value, ConstraintValidatorContext context) {
    return value == null || value.hasOfficialLanguages();
  }
}
