package brussels.socialhealth.events;

import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a need stayed unmet, recorded for advocacy (plaidoyer).
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "no-service"}.
 */
public enum UnmetNeedReason {
  /** No service exists for it in reach. */
  NO_SERVICE,
  /** Services exist but their waiting lists are too long. */
  WAITING_LIST,
  /** The cost is out of reach. */
  COST,
  /** No service in a language the person speaks. */
  LANGUAGE,
  /** The services are too far away. */
  DISTANCE,
  /** The person is not eligible (age, residence, insurance...). */
  ELIGIBILITY,
  /** Another reason. */
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
  public static UnmetNeedReason parse(String code) {
    return CodeLists.parse(UnmetNeedReason.class, code, UnmetNeedReason::code);
  }
}
