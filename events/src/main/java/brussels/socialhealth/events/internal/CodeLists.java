package brussels.socialhealth.events.internal;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.events.EventsCodes;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The expected codes of the module's closed lists, for the messages of {@link EventsCodes#CODE_UNKNOWN}.
 * Not API.
 */
public final class CodeLists {
  private static final ClassValue<String> EXPECTED = new ClassValue<>() {
    @Override
    protected String computeValue(Class<?> type) {
      return Arrays.stream(type.getEnumConstants()).map(constant -> ((Coded) constant).code())
          .collect(Collectors.joining(", "));
    }
  };

  private CodeLists() {}

  /**
   * Returns the codes of an enum in declaration order, separated by commas: the {@code {2}} of the message
   * of {@link EventsCodes#CODE_UNKNOWN}. Computed once per enum.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return the codes, for example {@code "open, invitation"}
   */
  public static <E extends Enum<E> & Coded> String expected(Class<E> type) {
    return EXPECTED.get(type);
  }
}
