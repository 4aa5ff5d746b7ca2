package brussels.socialhealth.events;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a prevention meeting works on (missions of the prevention officers of the bassins).
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "community-action"}; people read its {@linkplain #label() label} in French, Dutch or English.
 */
public enum PreventionFocus implements Coded {
  /** Community action and health promotion for all publics. */
  COMMUNITY_ACTION("community-action", LocalizedText.of("Action communautaire et promotion de la santé",
      "Gemeenschapsgerichte actie en gezondheidspromotie", "Community action and health promotion")),
  /** Access to vaccination. */
  VACCINATION("vaccination", LocalizedText.of("Accès à la vaccination", "Toegang tot vaccinatie",
      "Access to vaccination")),
  /** Access to screening (dépistage, opsporing). */
  SCREENING("screening", LocalizedText.of("Accès au dépistage", "Toegang tot opsporing", "Access to screening")),
  /** Social, economic and environmental determinants of health. */
  HEALTH_DETERMINANTS("health-determinants", LocalizedText.of("Déterminants sociaux de la santé",
      "Sociale determinanten van gezondheid", "Social determinants of health"));

  private final String code;
  private final LocalizedText label;

  PreventionFocus(String code, LocalizedText label) {
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
  public static PreventionFocus parse(String code) {
    return Coded.parse(PreventionFocus.class, code, EventsCodes.CODE_UNKNOWN, "PreventionFocus",
        CodeLists.expected(PreventionFocus.class));
  }
}
