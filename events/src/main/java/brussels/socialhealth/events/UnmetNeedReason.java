package brussels.socialhealth.events;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a need stayed unmet, recorded for advocacy (plaidoyer).
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "no-service"}; people read its {@linkplain #label() label} in French, Dutch or English.
 */
public enum UnmetNeedReason implements Coded {
  /** No service exists for it in reach. */
  NO_SERVICE("no-service", LocalizedText.of("Aucun service", "Geen dienst", "No service")),
  /** Services exist but their waiting lists are too long. */
  WAITING_LIST("waiting-list", LocalizedText.of("Liste d'attente", "Wachtlijst", "Waiting list")),
  /** The cost is out of reach. */
  COST("cost", LocalizedText.of("Coût trop élevé", "Te hoge kostprijs", "Cost out of reach")),
  /** No service in a language the person speaks. */
  LANGUAGE("language", LocalizedText.of("Langue", "Taal", "Language")),
  /** The services are too far away. */
  DISTANCE("distance", LocalizedText.of("Éloignement", "Afstand", "Distance")),
  /** The person is not eligible (age, residence, insurance...). */
  ELIGIBILITY("eligibility", LocalizedText.of("Conditions d'accès", "Toegangsvoorwaarden", "Eligibility")),
  /** Another reason. */
  OTHER("other", LocalizedText.of("Autre", "Andere", "Other"));

  private final String code;
  private final LocalizedText label;

  UnmetNeedReason(String code, LocalizedText label) {
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
  public static UnmetNeedReason parse(String code) {
    return Coded.parse(UnmetNeedReason.class, code, EventsCodes.CODE_UNKNOWN, "UnmetNeedReason",
        CodeLists.expected(UnmetNeedReason.class));
  }
}
