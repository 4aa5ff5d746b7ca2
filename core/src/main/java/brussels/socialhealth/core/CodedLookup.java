package brussels.socialhealth.core;

import java.util.HashMap;
import java.util.Map;

/** The cached code-to-constant table of each {@link Coded} enum, built on first use. Thread-safe. */
final class CodedLookup {
  private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byCode = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        // The first constant wins, as a loop over values() would.
        byCode.putIfAbsent(((Coded) constant).code(), constant);
      }
      return Map.copyOf(byCode);
    }
  };

  private CodedLookup() {}

  /**
   * Returns the constant of an enum with a code.
   *
   * @param type the enum
   * @param code the code, exactly
   * @param <E> the enum type
   * @return the constant, or null if none has the code
   */
  static <E extends Enum<E> & Coded> E find(Class<E> type, String code) {
    return code == null ? null : type.cast(BY_CODE.get(type).get(code));
  }
}
