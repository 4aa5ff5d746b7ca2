package brussels.socialhealth.events;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Who may attend an event.
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "open"}; people read its {@linkplain #label() label} in French, Dutch or English.
 */
public enum Audience implements Coded {
  /** Open to every social-health actor (ouvert à tous·tes les acteur·rices). */
  OPEN("open", LocalizedText.of("Ouvert à tous·tes", "Open voor iedereen", "Open to all")),
  /** By invitation only. */
  INVITATION("invitation", LocalizedText.of("Sur invitation", "Op uitnodiging", "By invitation"));

  private final String code;
  private final LocalizedText label;

  Audience(String code, LocalizedText label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the stable code, the JSON form.
   *
   * @return the code, lower case with hyphens
   */
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the label in French, Dutch and English.
   *
   * @return the label
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Parses a code, ignoring case and surrounding blanks.
   *
   * @param code the code; may be null (then rejected)
   * @return the constant
   * @throws brussels.socialhealth.core.InvalidValueException {@link EventsCodes#CODE_UNKNOWN} if unknown
   */
  @JsonCreator
  public static Audience parse(String code) {
    return Coded.parse(Audience.class, code, EventsCodes.CODE_UNKNOWN, "Audience",
        CodeLists.expected(Audience.class));
  }
}
