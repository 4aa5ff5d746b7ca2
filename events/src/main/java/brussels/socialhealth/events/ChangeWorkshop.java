package brussels.socialhealth.events;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.Checks;
import java.util.List;
import java.util.Optional;
import brussels.socialhealth.events.internal.EventChecks;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * A change workshop (Atelier du changement, Veranderatelier): the bassin-wide meetings where the
 * social-health actors of a bassin work out how to organise the sector on their territory, numbered per
 * bassin ("le 4e Atelier du Changement du bassin Sud-Est"). Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "kind", "title", "bassins", "start", "end", "place", "organiserId", "themes",
    "audience", "status", "number", "topics", "record"})
@JsonIgnoreProperties(value = "kind", allowGetters = true)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableChangeWorkshop.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableChangeWorkshop.class)
public abstract class ChangeWorkshop implements Event {

  /** Always {@link EventKind#CHANGE_WORKSHOP}. */
  @Override
  public final EventKind getKind() {
    return EventKind.CHANGE_WORKSHOP;
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
   * Returns the number of the workshop in its bassin's series.
   *
   * @return 1 or more
   */
  public abstract int getNumber();

  /**
   * Returns the topics on the agenda ("Pousse ma porte", the roadmap...).
   *
   * @return the topics
   */
  public abstract List<LocalizedText> getTopics();

  /**
   * Returns the record of the workshop, once held.
   *
   * @return the record
   */
  public abstract Optional<MeetingRecord> getRecord();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableChangeWorkshop.Builder builder() {
    return ImmutableChangeWorkshop.builder();
  }

  /**
   * Returns a copy in another status, if the lifecycle allows it.
   *
   * @param target the new status; not null
   * @return the copy
   * @throws brussels.socialhealth.core.InvalidValueException {@link EventsCodes#STATUS_TRANSITION_ILLEGAL}
   */
  public ChangeWorkshop moveTo(EventStatus target) {
    return ImmutableChangeWorkshop.copyOf(this).withStatus(getStatus().moveTo(target));
  }

  @Value.Check
  void check() {
    EventChecks.check(this);
    Checks.positive(getNumber(), "number");
  }
}
