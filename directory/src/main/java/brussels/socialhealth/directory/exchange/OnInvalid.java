package brussels.socialhealth.directory.exchange;

import java.util.Locale;
import java.util.Optional;

/** What the importer does with a value its field's parser refuses or its value map does not know. */
public enum OnInvalid {
  /** Report a warning, leave the value out of the field and keep it as an extension. */
  WARN("warn"),
  /** Report an error: the record is rejected. */
  REJECT("reject");

  private final String code;

  OnInvalid(String code) {
    this.code = code;
  }

  /**
   * Returns the code used in mapping files.
   *
   * @return {@code warn} or {@code reject}
   */
  public String code() {
    return code;
  }

  /**
   * Finds a policy by code.
   *
   * @param code the code; may be null
   * @return the policy, or empty
   */
  public static Optional<OnInvalid> find(String code) {
    for (OnInvalid value : values()) {
      if (value.code.equals(code == null ? null : code.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
