package brussels.socialhealth.events;

import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What became of an orientation proposed by the helpdesk.
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "pending"}.
 */
public enum OrientationOutcome {
  /** Not known yet. */
  PENDING,
  /** The service was contacted. */
  CONTACTED,
  /** The service accepted the situation. */
  ACCEPTED,
  /** The service refused. */
  REFUSED,
  /** The situation is on the service's waiting list. */
  WAITING_LIST,
  /** The service did not answer. */
  NO_ANSWER;

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
  public static OrientationOutcome parse(String code) {
    return CodeLists.parse(OrientationOutcome.class, code, OrientationOutcome::code);
  }
}
