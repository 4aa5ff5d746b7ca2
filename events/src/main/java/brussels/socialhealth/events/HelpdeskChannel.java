package brussels.socialhealth.events;

import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a helpdesk request reached the bassin team.
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "phone"}.
 */
public enum HelpdeskChannel {
  /** By phone. */
  PHONE,
  /** By e-mail. */
  EMAIL,
  /** In person. */
  IN_PERSON,
  /** Another channel (a form, a meeting...). */
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
  public static HelpdeskChannel parse(String code) {
    return CodeLists.parse(HelpdeskChannel.class, code, HelpdeskChannel::code);
  }
}
