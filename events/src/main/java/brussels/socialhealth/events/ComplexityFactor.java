package brussels.socialhealth.events;

import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What makes a situation complex, as helpdesks record it (never who the person is).
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "intertwined-problems"}.
 */
public enum ComplexityFactor {
  /** Several intertwined problems (social, health, housing, administrative...). */
  INTERTWINED_PROBLEMS,
  /** The usual services are saturated (réseau saturé). */
  SATURATED_NETWORK,
  /** The person does not ask for help (non-demande). */
  NON_DEMAND,
  /** A language barrier. */
  LANGUAGE_BARRIER,
  /** An administrative situation that closes doors (rights not open, residence status). */
  ADMINISTRATIVE_SITUATION,
  /** A housing emergency. */
  HOUSING_EMERGENCY,
  /** Social isolation. */
  ISOLATION,
  /** Another factor. */
  OTHER;

  /**
   * Returns the stable code, the JSON form.
   *
   * @return the code, lower case with hyphens
   */
  @JsonValue
  public String code() {
    return CodeLists.codeOf(this);
  }

  /**
   * Parses a code, ignoring case and surrounding blanks.
   *
   * @param code the code; may be null (then rejected)
   * @return the constant
   * @throws brussels.socialhealth.core.InvalidValueException {@link EventsCodes#CODE_UNKNOWN} if unknown
   */
  @JsonCreator
  public static ComplexityFactor parse(String code) {
    return CodeLists.parse(ComplexityFactor.class, code, ComplexityFactor::code);
  }
}
