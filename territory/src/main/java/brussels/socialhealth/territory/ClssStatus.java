package brussels.socialhealth.territory;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a neighbourhood grouping is a priority neighbourhood of a Contrat Local Social-Santé (CLSS /
 * Lokaal Welzijns- en Gezondheidscontract). On the wire: {@code "clss"}, {@code "not-listed"},
 * {@code "unknown"}.
 */
public enum ClssStatus implements Coded {
  /** A CLSS priority neighbourhood, named as such by a source. */
  CLSS("clss"),
  /** Named by a source as a neighbourhood, but not in the CLSS lists seen. */
  NOT_LISTED("not-listed"),
  /** No source says (for example a grouping read from the OBSS table only). */
  UNKNOWN("unknown");

  private final String code;

  ClssStatus(String code) {
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
  public static ClssStatus parse(String code) {
    return Coded.parse(ClssStatus.class, code, TerritoryCodes.CODE_UNKNOWN, "clss-status");
  }
}
