package brussels.socialhealth.events.internal;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.events.EventsCodes;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parsing of the module's enums from their stable lower-case codes. Not API. */
public final class CodeLists {
  private CodeLists() {}

  /**
   * Finds the constant whose code matches, ignoring case and surrounding blanks.
   *
   * @param type the enum type
   * @param code the code
   * @param codeOf how to get a constant's code
   * @param <E> the enum
   * @return the constant
   * @throws InvalidValueException {@link EventsCodes#CODE_UNKNOWN} if none matches
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String code, Function<E, String> codeOf) {
    String normalised = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (codeOf.apply(constant).equals(normalised)) {
        return constant;
      }
    }
    String expected = Arrays.stream(type.getEnumConstants()).map(codeOf).collect(Collectors.joining(", "));
    throw new InvalidValueException(EventsCodes.CODE_UNKNOWN, code, type.getSimpleName(), expected);
  }

  /**
   * Derives the stable code of an enum constant: lower case, underscores become hyphens.
   *
   * @param constant the constant
   * @return the code, for example {@code in-analysis}
   */
  public static String codeOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
