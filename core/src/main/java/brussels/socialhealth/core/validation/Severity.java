package brussels.socialhealth.core.validation;

import brussels.socialhealth.core.Coded;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How serious a {@link Violation} is. On the wire: {@code "error"} or {@code "warning"}. */
public enum Severity implements Coded {
  /** The data breaks a rule that makes it unusable as it is; a report with an error is not valid. */
  ERROR,
  /** The data is usable but something should be fixed (a missing Dutch name, say). */
  WARNING;

  /**
   * Returns the stable wire code.
   *
   * @return {@code "error"} or {@code "warning"}
   */
  @JsonValue
  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a wire code, ignoring case.
   *
   * @param code {@code "error"} or {@code "warning"}; not null
   * @return the severity
   * @throws IllegalArgumentException if the code is unknown
   */
  @JsonCreator
  public static Severity parse(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
