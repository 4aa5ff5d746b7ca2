package brussels.socialhealth.events;

import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a prevention meeting works on (missions of the prevention officers of the bassins).
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "community-action"}.
 */
public enum PreventionFocus {
  /** Community action and health promotion for all publics. */
  COMMUNITY_ACTION,
  /** Access to vaccination. */
  VACCINATION,
  /** Access to screening (dépistage, opsporing). */
  SCREENING,
  /** Social, economic and environmental determinants of health. */
  HEALTH_DETERMINANTS;

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
  public static PreventionFocus parse(String code) {
    return CodeLists.parse(PreventionFocus.class, code, PreventionFocus::code);
  }
}
