package brussels.socialhealth.events;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What became of an orientation proposed by the helpdesk.
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "pending"}; people read its {@linkplain #label() label} in French, Dutch or English.
 */
public enum OrientationOutcome implements Coded {
  /** Not known yet. */
  PENDING("pending", LocalizedText.of("En attente", "In afwachting", "Pending")),
  /** The service was contacted. */
  CONTACTED("contacted", LocalizedText.of("Service contacté", "Dienst gecontacteerd", "Service contacted")),
  /** The service accepted the situation. */
  ACCEPTED("accepted", LocalizedText.of("Situation acceptée", "Situatie aanvaard", "Situation accepted")),
  /** The service refused. */
  REFUSED("refused", LocalizedText.of("Refus du service", "Geweigerd door de dienst", "Refused by the service")),
  /** The situation is on the service's waiting list. */
  WAITING_LIST("waiting-list", LocalizedText.of("Liste d'attente", "Wachtlijst", "Waiting list")),
  /** The service did not answer. */
  NO_ANSWER("no-answer", LocalizedText.of("Pas de réponse", "Geen antwoord", "No answer"));

  private final String code;
  private final LocalizedText label;

  OrientationOutcome(String code, LocalizedText label) {
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
  public static OrientationOutcome parse(String code) {
    return Coded.parse(OrientationOutcome.class, code, EventsCodes.CODE_UNKNOWN, "OrientationOutcome",
        CodeLists.expected(OrientationOutcome.class));
  }
}
