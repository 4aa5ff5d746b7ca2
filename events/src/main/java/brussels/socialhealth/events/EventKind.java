package brussels.socialhealth.events;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of an event, as the bassin teams name their meetings and actions.
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "concertation"}; people read its {@linkplain #label() label} in French, Dutch or English.
 */
public enum EventKind implements Coded {
  /** A thematic concertation (concertation thématique, thematisch overleg), e.g. "CT Santé mentale #1". */
  CONCERTATION("concertation",
      LocalizedText.of("Concertation thématique", "Thematisch overleg", "Thematic concertation")),
  /** A change workshop (Atelier du changement, Veranderatelier), numbered per bassin. */
  CHANGE_WORKSHOP("change-workshop", LocalizedText.of("Atelier du changement", "Veranderatelier", "Change workshop")),
  /** A session of a standing working group (groupe de travail, werkgroep). */
  WORKING_GROUP_SESSION("working-group-session", LocalizedText.of("Séance de groupe de travail",
      "Werkgroepvergadering", "Working group session")),
  /** A prevention meeting (RV de la prévention, Preventie Ontmoeting). */
  PREVENTION_MEETING("prevention-meeting",
      LocalizedText.of("RV de la prévention", "Preventie Ontmoeting", "Prevention meeting")),
  /** An open-house week (Semaine Portes Ouvertes, Opendeurenweek). */
  OPEN_HOUSE_WEEK("open-house-week",
      LocalizedText.of("Semaine Portes Ouvertes", "Opendeurenweek", "Open-house week"));

  private final String code;
  private final LocalizedText label;

  EventKind(String code, LocalizedText label) {
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
   * Returns the label in French, Dutch and English, the name the bassin teams give this kind of event.
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
  public static EventKind parse(String code) {
    return Coded.parse(EventKind.class, code, EventsCodes.CODE_UNKNOWN, "EventKind",
        CodeLists.expected(EventKind.class));
  }
}
