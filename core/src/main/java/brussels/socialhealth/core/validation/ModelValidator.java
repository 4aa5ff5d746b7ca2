package brussels.socialhealth.core.validation;

import brussels.socialhealth.core.CoreCodes;
import brussels.socialhealth.core.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The validator facade: Bean Validation constraints placed on the model's getters, plus domain
 * {@link Rule}s that need context, merged into one {@link ValidationReport}.
 *
 * <p>{@link #create()} builds a Hibernate Validator with {@link ParameterMessageInterpolator}, so users
 * need no Expression Language implementation. The library never builds a validator behind the user's
 * back: create one and share it (instances are immutable and thread-safe), or wrap the application's own
 * {@link Validator} with {@link #using(Validator)}.
 *
 * <p>Each constraint violation becomes a {@link Violation} whose code is the constraint's message key
 * when it is one of the library's codes ({@code {core.text.official-languages}}), or a
 * {@code core.constraint.*} code for the standard Jakarta constraints.
 */
public final class ModelValidator {
  private static final Map<String, String> STANDARD_CODES = Map.ofEntries(
      Map.entry("NotNull", CoreCodes.CONSTRAINT_NOT_NULL),
      Map.entry("NotBlank", CoreCodes.CONSTRAINT_NOT_BLANK),
      Map.entry("NotEmpty", CoreCodes.CONSTRAINT_NOT_EMPTY),
      Map.entry("Size", CoreCodes.CONSTRAINT_SIZE),
      Map.entry("Pattern", CoreCodes.CONSTRAINT_PATTERN),
      Map.entry("Min", CoreCodes.CONSTRAINT_MIN),
      Map.entry("DecimalMin", CoreCodes.CONSTRAINT_MIN),
      Map.entry("Positive", CoreCodes.CONSTRAINT_MIN),
      Map.entry("PositiveOrZero", CoreCodes.CONSTRAINT_MIN),
      Map.entry("Max", CoreCodes.CONSTRAINT_MAX),
      Map.entry("DecimalMax", CoreCodes.CONSTRAINT_MAX),
      Map.entry("Negative", CoreCodes.CONSTRAINT_MAX),
      Map.entry("NegativeOrZero", CoreCodes.CONSTRAINT_MAX),
      Map.entry("Past", CoreCodes.CONSTRAINT_PAST),
      Map.entry("PastOrPresent", CoreCodes.CONSTRAINT_PAST),
      Map.entry("Future", CoreCodes.CONSTRAINT_FUTURE),
      Map.entry("FutureOrPresent", CoreCodes.CONSTRAINT_FUTURE));

  private final Validator validator;

  private ModelValidator(Validator validator) {
    this.validator = validator;
  }

  /**
   * Creates a validator backed by Hibernate Validator with {@link ParameterMessageInterpolator}.
   * Creating one is costly: keep and share it.
   *
   * @return a new validator
   */
  public static ModelValidator create() {
    Validator validator = Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
    return new ModelValidator(validator);
  }

  /**
   * Wraps an existing Jakarta {@link Validator}, such as the one an application framework provides.
   *
   * @param validator the validator; not null
   * @return the facade
   */
  public static ModelValidator using(Validator validator) {
    return new ModelValidator(java.util.Objects.requireNonNull(validator, "validator"));
  }

  /**
   * Checks the Bean Validation constraints of an object and its cascaded parts.
   *
   * @param object the object; not null
   * @return the report, never null; never throws on bad data
   */
  public ValidationReport validate(Object object) {
    ValidationReport.Builder report = ValidationReport.builder();
    addConstraintViolations(object, report);
    return report.build();
  }

  /**
   * Checks the constraints of an object, then each rule with its context.
   *
   * @param object the object; not null
   * @param context what the rules need; passed through as is
   * @param rules the rules, applied in order
   * @param <T> the type of the object
   * @param <C> the type of the context
   * @return the merged report
   */
  public <T, C> ValidationReport validate(
      T object, C context, Iterable<? extends Rule<? super T, ? super C>> rules) {
    ValidationReport.Builder report = ValidationReport.builder();
    addConstraintViolations(object, report);
    for (Rule<? super T, ? super C> rule : rules) {
      rule.check(object, context, report);
    }
    return report.build();
  }

  private void addConstraintViolations(Object object, ValidationReport.Builder report) {
    Set<ConstraintViolation<Object>> violations = validator.validate(object);
    violations.stream()
        .sorted(java.util.Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
            .thenComparing(v -> codeOf(v)))
        .forEach(v -> report.addViolation(toViolation(v)));
  }

  private static Violation toViolation(ConstraintViolation<?> violation) {
    String code = codeOf(violation);
    Severity severity = violation.getConstraintDescriptor().getPayload().contains(Warning.class)
        ? Severity.WARNING : Severity.ERROR;
    Object invalid = violation.getInvalidValue();
    String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return Violation.builder()
        .code(code)
        .severity(severity)
        .path(violation.getPropertyPath().toString())
        .message(Messages.render(code, invalid == null ? "" : invalid, constraint))
        .value(Optional.ofNullable(invalid).map(String::valueOf))
        .build();
  }

  private static String codeOf(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    if (template.startsWith("{") && template.endsWith("}")) {
      String key = template.substring(1, template.length() - 1);
      if (Messages.find(key, brussels.socialhealth.core.Language.EN).isPresent()) {
        return key;
      }
    }
    String simpleName = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return STANDARD_CODES.getOrDefault(simpleName, CoreCodes.CONSTRAINT_VIOLATED);
  }
}
