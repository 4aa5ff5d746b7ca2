package brussels.socialhealth.events;

import brussels.socialhealth.events.internal.Checks;
import java.util.Optional;
import brussels.socialhealth.events.internal.EventChecks;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * One session of a standing {@link WorkingGroup} (groupe de travail, werkgroep): the group's id, the
 * session number, the record once held. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "kind", "title", "bassins", "start", "end", "place", "organiserId", "themes",
    "audience", "status", "workingGroupId", "number", "record"})
@JsonIgnoreProperties(value = "kind", allowGetters = true)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkingGroupSession.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableWorkingGroupSession.class)
public abstract class WorkingGroupSession implements Event {

  /** Always {@link EventKind#WORKING_GROUP_SESSION}. */
  @Override
  public final EventKind getKind() {
    return EventKind.WORKING_GROUP_SESSION;
  }

  /**
   * Returns the audience; open by default.
   *
   * @return the audience
   */
  @Override
  @Value.Default
  public Audience getAudience() {
    return Audience.OPEN;
  }

  /**
   * Returns the status; planned by default.
   *
   * @return the status
   */
  @Override
  @Value.Default
  public EventStatus getStatus() {
    return EventStatus.PLANNED;
  }

  /**
   * Returns the id of the working group this session belongs to.
   *
   * @return the group id
   */
  public abstract String getWorkingGroupId();

  /**
   * Returns the number of the session in its group.
   *
   * @return 1 or more
   */
  public abstract int getNumber();

  /**
   * Returns the record of the session, once held.
   *
   * @return the record
   */
  public abstract Optional<MeetingRecord> getRecord();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableWorkingGroupSession.Builder builder() {
    return ImmutableWorkingGroupSession.builder();
  }

  /**
   * Returns a copy in another status, if the lifecycle allows it.
   *
   * @param target the new status; not null
   * @return the copy
   * @throws brussels.socialhealth.core.InvalidValueException {@link EventsCodes#STATUS_TRANSITION_ILLEGAL}
   */
  public WorkingGroupSession moveTo(EventStatus target) {
    return ImmutableWorkingGroupSession.copyOf(this).withStatus(getStatus().moveTo(target));
  }

  @Value.Check
  void check() {
    EventChecks.check(this);
    Checks.id(getWorkingGroupId(), "workingGroupId");
    Checks.positive(getNumber(), "number");
  }
}
