package brussels.socialhealth.territory;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The three kinds of {@link BassinAnswer}. On the wire: {@code "found"}, {@code "ambiguous"},
 * {@code "unknown"}.
 */
public enum AnswerStatus implements Coded {
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
  @Override
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
    return Coded.parse(AnswerStatus.class, code, TerritoryCodes.CODE_UNKNOWN, "answer-status");
  }
}
