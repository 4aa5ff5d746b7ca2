package brussels.socialhealth.events;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What an {@link EventPlace} points at.
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "site"}; people read its {@linkplain #label() label} in French, Dutch or English.
 */
public enum PlaceKind implements Coded {
  /** A site of the directory, by id. */
  SITE("site", LocalizedText.of("Site de l'annuaire", "Vestiging uit de gids", "Directory site")),
  /** An address given as text. */
  ADDRESS("address", LocalizedText.of("Adresse", "Adres", "Address")),
  /** An online meeting, by URL. */
  ONLINE("online", LocalizedText.of("Réunion en ligne", "Onlinevergadering", "Online meeting"));

  private final String code;
  private final LocalizedText label;

  PlaceKind(String code, LocalizedText label) {
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
  public static PlaceKind parse(String code) {
    return Coded.parse(PlaceKind.class, code, EventsCodes.CODE_UNKNOWN, "PlaceKind",
        CodeLists.expected(PlaceKind.class));
  }
}
