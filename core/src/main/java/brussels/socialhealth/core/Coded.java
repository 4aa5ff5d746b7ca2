package brussels.socialhealth.core;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A constant of a closed list (an enum) that travels as a stable code: {@link Language} ({@code "fr"}),
 * the territorial levels ({@code "commune"}), the directory's cost ({@code "income-based"})...
 *
 * <p>The enum returns its code from {@link #code()} (annotated {@code @JsonValue} there) and parses it
 * back in a one-line {@code @JsonCreator static X parse(String)} that calls
 * {@link #parse(Class, String, String, Object...)}: surrounding blanks are ignored, the text is
 * normalised (lower case unless the enum says otherwise) and looked up among the constants' codes; an
 * unknown text fails with the enum's own error code. The lookup table of each enum is built once and
 * cached. Thread-safe.
 */
public interface Coded {
  /**
   * Returns the stable code of this constant, its wire form.
   *
   * @return the code, never null, never the same for two constants of one enum
   */
  String code();

  /**
   * Parses a code ignoring case and surrounding blanks: the text is stripped, put in lower case
   * ({@link Locale#ROOT}) and matched against the constants' {@link #code()}s.
   *
   * @param type the enum; not null
   * @param text the text to parse; null fails like an unknown code
   * @param errorCode the code of the exception when the text is no code of the enum, for example
   *     {@link CoreCodes#LANGUAGE_UNKNOWN}; not null
   * @param arguments the message arguments after the offending text (such as the list's name)
   * @param <E> the enum type
   * @return the constant whose code matches, never null
   * @throws InvalidValueException with {@code errorCode}, the text as input and the arguments, if no
   *     constant has that code
   */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, String text, String errorCode, Object... arguments) {
    return parse(type, Coded::lowerCase, text, errorCode, arguments);
  }

  /**
   * Parses a code with the enum's own normalisation: the text is stripped, given to {@code normaliser}
   * and the result matched exactly against the constants' {@link #code()}s.
   *
   * @param type the enum; not null
   * @param normaliser turns the stripped, non-null text into the code form (for example upper case with
   *     {@code _} for {@code -}); not null, must not return null
   * @param text the text to parse; null fails like an unknown code
   * @param errorCode the code of the exception when the text is no code of the enum; not null
   * @param arguments the message arguments after the offending text
   * @param <E> the enum type
   * @return the constant whose code matches, never null
   * @throws InvalidValueException with {@code errorCode}, the text as input and the arguments, if no
   *     constant has that code
   */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, UnaryOperator<String> normaliser, String text,
      String errorCode, Object... arguments) {
    String normalised = text == null ? "" : normaliser.apply(text.strip());
    E constant = CodedLookup.find(type, normalised);
    if (constant == null) {
      throw new InvalidValueException(errorCode, text, arguments);
    }
    return constant;
  }

  private static String lowerCase(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
