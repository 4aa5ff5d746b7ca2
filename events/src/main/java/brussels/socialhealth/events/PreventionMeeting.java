package brussels.socialhealth.events;

import brussels.socialhealth.directory.TargetPublic;
import java.util.Optional;
import java.util.Set;
import brussels.socialhealth.events.internal.EventChecks;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * A prevention meeting (RV de la prévention, Preventie Ontmoeting): community action for health
 * promotion, vaccination and screening, run by the prevention officers of a bassin. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "kind", "title", "bassins", "start", "end", "place", "organiserId", "themes",
    "audience", "status", "focus", "targetPublics", "record"})
@JsonIgnoreProperties(value = "kind", allowGetters = true)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutablePreventionMeeting.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutablePreventionMeeting.class)
public abstract class PreventionMeeting implements Event {

  /** Always {@link EventKind#PREVENTION_MEETING}. */
  @Override
  public final EventKind getKind() {
    return EventKind.PREVENTION_MEETING;
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
   * Returns what the meeting works on.
   *
   * @return the focus, possibly empty
   */
  public abstract Set<PreventionFocus> getFocus();

  /**
   * Returns the publics the actions aim at (the directory's target-public code list).
   *
   * @return the publics
   */
  public abstract Set<TargetPublic> getTargetPublics();

  /**
   * Returns the record of the meeting, once held.
   *
   * @return the record
   */
  public abstract Optional<MeetingRecord> getRecord();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutablePreventionMeeting.Builder builder() {
    return ImmutablePreventionMeeting.builder();
  }

  /**
   * Returns a copy in another status, if the lifecycle allows it.
   *
   * @param target the new status; not null
   * @return the copy
   * @throws brussels.socialhealth.core.InvalidValueException {@link EventsCodes#STATUS_TRANSITION_ILLEGAL}
   */
  public PreventionMeeting moveTo(EventStatus target) {
    return ImmutablePreventionMeeting.copyOf(this).withStatus(getStatus().moveTo(target));
  }

  @Value.Check
  void check() {
    EventChecks.check(this);
  }
}
