package brussels.socialhealth.events;

import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The categories under which a concertation groups its participants' expectations.
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "cartography"}.
 */
public enum ExpectationCategory {
  /** Cartography or directory of actors and their links (cartographie). */
  CARTOGRAPHY,
  /** Network and collaboration (réseau et collaboration). */
  NETWORK_COLLABORATION,
  /** Training, awareness and information (formation, sensibilisation et information). */
  TRAINING,
  /** Work on specific themes, publics or tools (thématiques spécifiques). */
  SPECIFIC_THEMES,
  /** Continuity with past work (continuité avec le travail fait par le passé). */
  CONTINUITY,
  /** Advocacy (plaidoyer). */
  ADVOCACY,
  /** Anything else. */
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
  public static ExpectationCategory parse(String code) {
    return CodeLists.parse(ExpectationCategory.class, code, ExpectationCategory::code);
  }
}
