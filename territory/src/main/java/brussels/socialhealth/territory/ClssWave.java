package brussels.socialhealth.territory;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The wave of a CLSS priority neighbourhood. On the wire: {@code "1.0"}, {@code "2.0"},
 * {@code "unknown"}.
 */
public enum ClssWave implements Coded {
  /** The first wave (contracts started 2021–2022). */
  FIRST("1.0"),
  /** The second wave. */
  SECOND("2.0"),
  /** A CLSS neighbourhood whose wave no source gives. */
  UNKNOWN("unknown");

  private final String code;

  ClssWave(String code) {
    this.code = code;
  }

  /**
   * Returns the stable code.
   *
   * @return the code, for example {@code "1.0"}
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
   * @return the wave
   * @throws InvalidValueException {@link TerritoryCodes#CODE_UNKNOWN} if unknown
   */
  @JsonCreator
  public static ClssWave parse(String code) {
    return Coded.parse(ClssWave.class, code, TerritoryCodes.CODE_UNKNOWN, "clss-wave");
  }
}
