package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The three kinds of {@link BassinAnswer}. On the wire: {@code "found"}, {@code "ambiguous"},
 * {@code "unknown"}.
 */
public enum AnswerStatus {
  /** Exactly one bassin serves the place. */
  FOUND("found"),
  /** Several bassins may serve the place; the candidates and the reason are given. */
  AMBIGUOUS("ambiguous"),
  /** The place is not known, or the sources do not say; the reason is given. */
  UNKNOWN("unknown");

  private final String code;

  AnswerStatus(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code.
   *
   * @return the code
   */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * Parses a code, ignoring case.
   *
   * @param code the code; not null
   * @return the status
   * @throws InvalidValueException {@link TerritoryCodes#CODE_UNKNOWN} if unknown
   */
  @JsonCreator
  public static AnswerStatus parse(String code) {
    String normalised = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    for (AnswerStatus value : values()) {
      if (value.code.equals(normalised)) {
        return value;
      }
    }
    throw new InvalidValueException(TerritoryCodes.CODE_UNKNOWN, code, "answer-status");
  }
}
