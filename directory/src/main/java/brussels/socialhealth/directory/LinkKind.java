package brussels.socialhealth.directory;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of a link between two actors of the cartography.
 *
 * <p>A closed list; on the wire each constant is its stable code ({@link #code()}).
 */
public enum LinkKind implements Coded {
  /** Member of ({@code membership}). */
  MEMBERSHIP("membership", LocalizedText.of("Membre de", "Lid van", "Member of")),
  /** Works for ({@code employment}). */
  EMPLOYMENT("employment", LocalizedText.of("Travaille pour", "Werkt voor", "Works for")),
  /** Partnership ({@code partnership}). */
  PARTNERSHIP("partnership", LocalizedText.of("Partenariat", "Partnerschap", "Partnership")),
  /** Referral ({@code referral}). */
  REFERRAL("referral", LocalizedText.of("Orientation", "Doorverwijzing", "Referral"));

  private final String code;
  private final LocalizedText label;

  LinkKind(String code, LocalizedText label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the stable code, the JSON form.
   *
   * @return the code
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
   * Parses a code, ignoring case and surrounding spaces; {@code _} counts as {@code -}.
   *
   * @param code the code; not null
   * @return the constant
   * @throws InvalidValueException {@link DirectoryCodes#CODE_INVALID} if the code is unknown
   */
  @JsonCreator
  public static LinkKind parse(String code) {
    return Coded.parse(LinkKind.class, CodeRegistry::normalise, code, DirectoryCodes.CODE_INVALID, "link-kind");
  }
}
