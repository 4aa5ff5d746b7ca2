package brussels.socialhealth.events;

import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an {@link EventPlace} points at.
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "site"}.
 */
public enum PlaceKind {
  /** A site of the directory, by id. */
  SITE,
  /** An address given as text. */
  ADDRESS,
  /** An online meeting, by URL. */
  ONLINE;

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
  public static PlaceKind parse(String code) {
    return CodeLists.parse(PlaceKind.class, code, PlaceKind::code);
  }
}
