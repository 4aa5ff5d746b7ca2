package brussels.socialhealth.events;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What makes a situation complex, as helpdesks record it (never who the person is).
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "intertwined-problems"}; people read its {@linkplain #label() label} in French, Dutch or English.
 */
public enum ComplexityFactor implements Coded {
  /** Several intertwined problems (social, health, housing, administrative...). */
  INTERTWINED_PROBLEMS("intertwined-problems",
      LocalizedText.of("Problématiques multiples", "Meervoudige problematiek", "Intertwined problems")),
  /** The usual services are saturated (réseau saturé). */
  SATURATED_NETWORK("saturated-network", LocalizedText.of("Réseau saturé", "Verzadigd netwerk", "Saturated network")),
  /** The person does not ask for help (non-demande). */
  NON_DEMAND("non-demand", LocalizedText.of("Non-demande", "Geen hulpvraag", "Non-demand")),
  /** A language barrier. */
  LANGUAGE_BARRIER("language-barrier", LocalizedText.of("Barrière de la langue", "Taalbarrière", "Language barrier")),
  /** An administrative situation that closes doors (rights not open, residence status). */
  ADMINISTRATIVE_SITUATION("administrative-situation",
      LocalizedText.of("Situation administrative", "Administratieve situatie", "Administrative situation")),
  /** A housing emergency. */
  HOUSING_EMERGENCY("housing-emergency", LocalizedText.of("Urgence de logement", "Woonnood", "Housing emergency")),
  /** Social isolation. */
  ISOLATION("isolation", LocalizedText.of("Isolement social", "Sociaal isolement", "Social isolation")),
  /** Another factor. */
  OTHER("other", LocalizedText.of("Autre", "Andere", "Other"));

  private final String code;
  private final LocalizedText label;

  ComplexityFactor(String code, LocalizedText label) {
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
  public static ComplexityFactor parse(String code) {
    return Coded.parse(ComplexityFactor.class, code, EventsCodes.CODE_UNKNOWN, "ComplexityFactor",
        CodeLists.expected(ComplexityFactor.class));
  }
}
