package brussels.socialhealth.directory.exchange;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * What the importer does with a value its field's parser refuses or its value map does not know. Travels
 * as its lower-case {@link #code()} ({@code on-invalid} in mapping files).
 */
public enum OnInvalid implements Coded {
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
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /**
   * Finds a policy by code.
   *
   * @param code the code, case-insensitive, surrounding blanks ignored; may be null
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

  /**
   * Parses a policy code, ignoring case and surrounding blanks.
   *
   * @param code the code; may be null (then rejected)
   * @return the policy
   * @throws InvalidValueException {@link ExchangeCodes#MAPPING_BAD_VALUE} for {@code on-invalid} if the
   *     code is unknown
   */
  @JsonCreator
  public static OnInvalid parse(String code) {
    return Coded.parse(OnInvalid.class, code, ExchangeCodes.MAPPING_BAD_VALUE, "on-invalid", "warn, reject");
  }
}
