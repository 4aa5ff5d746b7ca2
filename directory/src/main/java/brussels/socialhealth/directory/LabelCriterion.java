package brussels.socialhealth.directory;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.CodeRegistry;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The criteria of the "Pousse ma porte / Binnen zonder kloppen" information-point label, as confirmed by the bassin Sud-Est change workshop of February 2024.
 *
 * <p>A closed list; on the wire each constant is its stable code ({@link #code()}).
 */
public enum LabelCriterion implements Coded {
  /** Generalist information and orientation for everyone ({@code generalist-orientation}). */
  GENERALIST_ORIENTATION("generalist-orientation", LocalizedText.of("Information et orientation généraliste pour tout public", "Algemene informatie en doorverwijzing voor iedereen", "Generalist information and orientation for everyone")),
  /** In-person reception plus phone and e-mail ({@code in-person-phone-email}). */
  IN_PERSON_PHONE_EMAIL("in-person-phone-email", LocalizedText.of("Accueil en présentiel, par téléphone et par courriel", "Onthaal ter plaatse, per telefoon en per e-mail", "In-person reception plus phone and e-mail")),
  /** Extended opening hours ({@code extended-hours}). */
  EXTENDED_HOURS("extended-hours", LocalizedText.of("Horaires étendus", "Ruime openingsuren", "Extended opening hours")),
  /** Free of charge ({@code free}). */
  FREE("free", LocalizedText.of("Gratuité", "Gratis", "Free of charge")),
  /** Taking part in the common network ({@code common-network}). */
  COMMON_NETWORK("common-network", LocalizedText.of("Participation au réseau commun", "Deelname aan het gemeenschappelijk netwerk", "Taking part in the common network"));

  private final String code;
  private final LocalizedText label;

  LabelCriterion(String code, LocalizedText label) {
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
  public static LabelCriterion parse(String code) {
    return Coded.parse(LabelCriterion.class, CodeRegistry::normalise, code, DirectoryCodes.CODE_INVALID, "label-criterion");
  }
}
