package brussels.socialhealth.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a value cannot exist: a phone number that no numbering plan allows, an enterprise number
 * whose check digits are wrong, a period ending before it starts.
 *
 * <p>Every instance carries a stable {@linkplain #getCode() error code} (documented, never renamed), the
 * {@linkplain #getInput() offending input} as received, and a message available in French, Dutch and
 * English through {@link #getLocalizedMessages()}. {@link #getMessage()} is the English text followed by
 * the code, for logs.
 *
 * <p>Business rules that data may break and still be worth keeping are not reported with this
 * exception but with a {@link brussels.socialhealth.core.validation.ValidationReport}.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The stable error code. */
  private final String code;
  /** The offending input as received. */
  private final String input;
  private final transient List<Object> arguments;
  /** The message already rendered elsewhere, or null to render it from the code and arguments. */
  private final transient LocalizedText rendered;

  /**
   * Creates the exception.
   *
   * @param code the stable error code, for example {@code core.phone.invalid}; not null
   * @param input the offending input as received; null is recorded as {@code "null"}
   * @param arguments extra message arguments ({@code {1}}, {@code {2}}... in the bundles; {@code {0}} is
   *     always the input)
   */
  public InvalidValueException(String code, Object input, Object... arguments) {
    this(code, input, null, arguments);
  }

  /**
   * Creates the exception with an underlying cause.
   *
   * @param code the stable error code; not null
   * @param input the offending input as received
   * @param cause the cause, may be null
   * @param arguments extra message arguments
   */
  public InvalidValueException(String code, Object input, Throwable cause, Object... arguments) {
    super(Messages.render(requireNonNull(code, "code"), prepend(input, arguments)).get(Language.EN)
        + " [" + code + "]", cause);
    this.code = code;
    this.input = String.valueOf(input);
    this.arguments = List.of(prepend(input, arguments));
    this.rendered = null;
  }

  private InvalidValueException(String code, Object input, LocalizedText message) {
    super(requireNonNull(message, "message").get(Language.EN) + " [" + requireNonNull(code, "code") + "]");
    this.code = code;
    this.input = String.valueOf(input);
    this.arguments = List.of(String.valueOf(input));
    this.rendered = message;
  }

  /**
   * Creates the exception with a message that is already rendered, for a rule whose report found the
   * value unacceptable: the violation's own trilingual message, with every argument in place, is kept
   * as it is instead of being rendered again from the code and the input alone.
   *
   * @param code the stable error code, for example the violation's code; not null
   * @param input the offending input as received
   * @param message the rendered message in French, Dutch and English; not null
   * @return the exception, to be thrown
   */
  public static InvalidValueException withMessage(String code, Object input, LocalizedText message) {
    return new InvalidValueException(code, input, message);
  }

  private static Object[] prepend(Object input, Object[] arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = String.valueOf(input);
    for (int i = 0; i < arguments.length; i++) {
      all[i + 1] = Objects.toString(arguments[i]);
    }
    return all;
  }

  /**
   * Returns the stable error code.
   *
   * @return the code, for example {@code core.enterprise-number.check-digits}
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the offending input as it was received.
   *
   * @return the input, {@code "null"} when it was null
   */
  public String getInput() {
    return input;
  }

  /**
   * Returns the message in French, Dutch and English.
   *
   * @return the trilingual message
   */
  public LocalizedText getLocalizedMessages() {
    if (rendered != null) {
      return rendered;
    }
    return Messages.render(code, arguments.toArray());
  }
}
