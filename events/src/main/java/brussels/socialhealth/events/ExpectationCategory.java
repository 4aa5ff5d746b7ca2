package brussels.socialhealth.events;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The categories under which a concertation groups its participants' expectations.
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "cartography"}; people read its {@linkplain #label() label} in French, Dutch or English.
 */
public enum ExpectationCategory implements Coded {
  /** Cartography or directory of actors and their links (cartographie). */
  CARTOGRAPHY("cartography", LocalizedText.of("Cartographie des acteurs", "Cartografie van de actoren",
      "Cartography of actors")),
  /** Network and collaboration (réseau et collaboration). */
  NETWORK_COLLABORATION("network-collaboration",
      LocalizedText.of("Réseau et collaboration", "Netwerk en samenwerking", "Network and collaboration")),
  /** Training, awareness and information (formation, sensibilisation et information). */
  TRAINING("training", LocalizedText.of("Formation, sensibilisation et information",
      "Vorming, sensibilisering en informatie", "Training, awareness and information")),
  /** Work on specific themes, publics or tools (thématiques spécifiques). */
  SPECIFIC_THEMES("specific-themes",
      LocalizedText.of("Thématiques spécifiques", "Specifieke thema's", "Specific themes")),
  /** Continuity with past work (continuité avec le travail fait par le passé). */
  CONTINUITY("continuity", LocalizedText.of("Continuité avec le travail passé", "Continuïteit met het eerdere werk",
      "Continuity with past work")),
  /** Advocacy (plaidoyer). */
  ADVOCACY("advocacy", LocalizedText.of("Plaidoyer", "Belangenbehartiging", "Advocacy")),
  /** Anything else. */
  OTHER("other", LocalizedText.of("Autre", "Andere", "Other"));

  private final String code;
  private final LocalizedText label;

  ExpectationCategory(String code, LocalizedText label) {
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
  public static ExpectationCategory parse(String code) {
    return Coded.parse(ExpectationCategory.class, code, EventsCodes.CODE_UNKNOWN, "ExpectationCategory",
        CodeLists.expected(ExpectationCategory.class));
  }
}
