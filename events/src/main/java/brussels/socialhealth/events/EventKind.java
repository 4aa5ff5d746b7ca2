package brussels.socialhealth.events;

import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of an event, as the bassin teams name their meetings and actions.
 *
 * <p>On the wire a constant is its stable lower-case {@linkplain #code() code}, for example
 * {@code "concertation"}.
 */
public enum EventKind {
  /** A thematic concertation (concertation thématique, thematisch overleg), e.g. "CT Santé mentale #1". */
  CONCERTATION,
  /** A change workshop (Atelier du changement, Veranderatelier), numbered per bassin. */
  CHANGE_WORKSHOP,
  /** A session of a standing working group (groupe de travail, werkgroep). */
  WORKING_GROUP_SESSION,
  /** A prevention meeting (RV de la prévention, Preventie Ontmoeting). */
  PREVENTION_MEETING,
  /** An open-house week (Semaine Portes Ouvertes, Opendeurenweek). */
  OPEN_HOUSE_WEEK;

  /**
   * Returns the stable code, the JSON form.
   *
   * @return the code, lower case with hyphens
   */
  @JsonValue
  public String code() {
    return CodeLists.codeOf(this);
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
    return CodeLists.parse(EventKind.class, code, EventKind::code);
  }
}
