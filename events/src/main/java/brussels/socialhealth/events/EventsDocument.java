package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;

/**
 * A JSON document holding the events of one or more bassins, one list per kind (no polymorphic
 * typing): what an agenda site publishes and what {@code socialhealth events ics} reads. Carries the
 * {@linkplain #getSchemaVersion() schema version}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"schemaVersion", "concertations", "changeWorkshops", "workingGroups", "preventionMeetings",
    "openHouseWeeks"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableEventsDocument.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableEventsDocument.class)
public abstract class EventsDocument {

  /**
   * Returns the schema version of the document.
   *
   * @return {@link EventsLimits#SCHEMA_VERSION} by default
   */
  @Value.Default
  public int getSchemaVersion() {
    return EventsLimits.SCHEMA_VERSION;
  }

  /**
   * Returns the thematic concertations.
   *
   * @return the concertations
   */
  public abstract List<Concertation> getConcertations();

  /**
   * Returns the change workshops.
   *
   * @return the workshops
   */
  public abstract List<ChangeWorkshop> getChangeWorkshops();

  /**
   * Returns the working groups, with their sessions.
   *
   * @return the groups
   */
  public abstract List<WorkingGroup> getWorkingGroups();

  /**
   * Returns the prevention meetings.
   *
   * @return the meetings
   */
  public abstract List<PreventionMeeting> getPreventionMeetings();

  /**
   * Returns the open-house weeks.
   *
   * @return the weeks
   */
  public abstract List<OpenHouseWeek> getOpenHouseWeeks();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableEventsDocument.Builder builder() {
    return ImmutableEventsDocument.builder();
  }

  /**
   * Returns every event of the document (working-group sessions included), ordered by start then id.
   *
   * @return an unmodifiable list
   */
  public List<Event> allEvents() {
    List<Event> all = new ArrayList<>();
    all.addAll(getConcertations());
    all.addAll(getChangeWorkshops());
    getWorkingGroups().forEach(group -> all.addAll(group.getSessions()));
    all.addAll(getPreventionMeetings());
    all.addAll(getOpenHouseWeeks());
    all.sort(Comparator.comparing(Event::getStart).thenComparing(Event::getId));
    return List.copyOf(all);
  }

  @Value.Check
  void check() {
    if (getSchemaVersion() != EventsLimits.SCHEMA_VERSION) {
      throw new InvalidValueException(EventsCodes.SCHEMA_VERSION_UNSUPPORTED, getSchemaVersion(),
          EventsLimits.SCHEMA_VERSION);
    }
  }
}
