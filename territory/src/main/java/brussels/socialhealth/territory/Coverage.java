package brussels.socialhealth.territory;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a commune belongs wholly or only partly to a bassin (Bruxelles-Ville is split between
 * several bassins). On the wire: {@code "whole"} or {@code "part"}.
 */
public enum Coverage implements Coded {
  /** The whole commune is in the bassin. */
  WHOLE("whole"),
  /** Only part of the commune is in the bassin. */
  PART("part");

  private final String code;

  Coverage(String code) {
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
   * @return the coverage
   * @throws InvalidValueException {@link TerritoryCodes#CODE_UNKNOWN} if unknown
   */
  @JsonCreator
  public static Coverage parse(String code) {
    return Coded.parse(Coverage.class, code, TerritoryCodes.CODE_UNKNOWN, "coverage");
  }
}
