package brussels.socialhealth.events;

import brussels.socialhealth.core.Coded;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.CodeLists;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The status of an event, with its lifecycle:
 *
 * <pre>
 *   planned   -&gt; held | cancelled | postponed
 *   postponed -&gt; planned (new date) | cancelled
 *   held, cancelled: final
 * </pre>
 *
 * <p>On the wire a status is its lower-case code ({@code "planned"}...); people read its
 * {@linkplain #label() label} in French, Dutch or English.
 */
public enum EventStatus implements Coded {
  /** Announced, not yet held. */
  PLANNED("planned", LocalizedText.of("Prévu", "Gepland", "Planned")),
  /** Took place. */
  HELD("held", LocalizedText.of("Réalisé", "Gehouden", "Held")),
  /** Will not take place. */
  CANCELLED("cancelled", LocalizedText.of("Annulé", "Geannuleerd", "Cancelled")),
  /** Put off to a date not fixed yet. */
  POSTPONED("postponed", LocalizedText.of("Reporté", "Uitgesteld", "Postponed"));

  private final String code;
  private final LocalizedText label;

  EventStatus(String code, LocalizedText label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Returns the statuses this status may move to.
   *
   * @return an unmodifiable set, empty for a final status
   */
  public Set<EventStatus> next() {
    switch (this) {
      case PLANNED:
        return Collections.unmodifiableSet(EnumSet.of(HELD, CANCELLED, POSTPONED));
      case POSTPONED:
        return Collections.unmodifiableSet(EnumSet.of(PLANNED, CANCELLED));
      default:
        return Collections.unmodifiableSet(EnumSet.noneOf(EventStatus.class));
    }
  }

  /**
   * Tells whether the lifecycle allows moving from this status to another.
   *
   * @param target the status to move to; not null
   * @return true if allowed
   */
  public boolean canMoveTo(EventStatus target) {
    return next().contains(target);
  }

  /**
   * Returns {@code target} if the lifecycle allows the move, and refuses it otherwise.
   *
   * @param target the status to move to; not null
   * @return the target
   * @throws InvalidValueException {@link EventsCodes#STATUS_TRANSITION_ILLEGAL}, message in FR, NL and EN
   */
  public EventStatus moveTo(EventStatus target) {
    if (!canMoveTo(target)) {
      throw new InvalidValueException(EventsCodes.STATUS_TRANSITION_ILLEGAL, code(), target.code());
    }
    return target;
  }

  /**
   * Tells whether no move is possible any more.
   *
   * @return true for held and cancelled
   */
  public boolean isFinal() {
    return next().isEmpty();
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
   * Parses a code, ignoring case and surrounding blanks.
   *
   * @param code the code
   * @return the status
   * @throws InvalidValueException {@link EventsCodes#CODE_UNKNOWN} if unknown
   */
  @JsonCreator
  public static EventStatus parse(String code) {
    return Coded.parse(EventStatus.class, code, EventsCodes.CODE_UNKNOWN, "EventStatus",
        CodeLists.expected(EventStatus.class));
  }
}
