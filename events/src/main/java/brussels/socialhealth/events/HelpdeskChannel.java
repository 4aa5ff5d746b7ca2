package brussels.socialhealth.events;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a helpdesk request reached the bassin team.
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "phone"}; people read its {@linkplain #label() label} in French, Dutch or English.
 */
public enum HelpdeskChannel implements Coded {
  /** By phone. */
  PHONE("phone", LocalizedText.of("Téléphone", "Telefoon", "Phone")),
  /** By e-mail. */
  EMAIL("email", LocalizedText.of("Courriel", "E-mail", "E-mail")),
  /** In person. */
  IN_PERSON("in-person", LocalizedText.of("En présentiel", "Ter plaatse", "In person")),
  /** Another channel (a form, a meeting...). */
  OTHER("other", LocalizedText.of("Autre", "Andere", "Other"));

  private final String code;
  private final LocalizedText label;

  HelpdeskChannel(String code, LocalizedText label) {
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
  public static HelpdeskChannel parse(String code) {
    return Coded.parse(HelpdeskChannel.class, code, EventsCodes.CODE_UNKNOWN, "HelpdeskChannel",
        CodeLists.expected(HelpdeskChannel.class));
  }
}
