package brussels.socialhealth.events.internal;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.events.Event;
import brussels.socialhealth.events.EventsCodes;

/** The consistency check shared by every {@link Event} implementation. Not API. */
public final class EventChecks {
  private EventChecks() {}

  /**
   * Checks the common shape of an event.
   *
   * @param event the event
   * @throws InvalidValueException when the event cannot exist
   */
  public static void check(Event event) {
    Checks.id(event.getId(), "id");
    if (event.getBassins().isEmpty()) {
      throw new InvalidValueException(EventsCodes.NO_BASSIN, event.getId());
    }
    Checks.bassins(event.getBassins(), "bassins");
    Checks.order(event.getStart(), event.getEnd(), "end");
    Checks.id(event.getOrganiserId(), "organiserId");
  }
}
