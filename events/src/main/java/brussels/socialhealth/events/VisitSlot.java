package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.Checks;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A visit a host service offers during an open-house week: when (Brussels time), how many visitors at
 * most, and what the visit shows. Immutable and thread-safe; capacity is at least 1 and the end is not
 * before the start.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "start", "end", "capacity", "description"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableVisitSlot.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableVisitSlot.class)
public abstract class VisitSlot {

  /**
   * Returns the identifier of the slot, unique within its week.
   *
   * @return the id
   */
  public abstract String getId();

  /**
   * Returns the start, Brussels time.
   *
   * @return the start
   */
  public abstract LocalDateTime getStart();

  /**
   * Returns the end, Brussels time.
   *
   * @return the end
   */
  public abstract LocalDateTime getEnd();

  /**
   * Returns the maximum number of visitors.
   *
   * @return 1 or more
   */
  public abstract int getCapacity();

  /**
   * Returns what the visit shows, when described.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> getDescription();

  /**
   * Creates a slot without description.
   *
   * @param id the id; not null
   * @param start the start; not null
   * @param end the end; not null
   * @param capacity 1 or more
   * @return the slot
   * @throws InvalidValueException if a value is malformed
   */
  public static VisitSlot of(String id, LocalDateTime start, LocalDateTime end, int capacity) {
    return builder().id(id).start(start).end(end).capacity(capacity).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableVisitSlot.Builder builder() {
    return ImmutableVisitSlot.builder();
  }

  /**
   * Tells whether this slot overlaps another in time (touching ends do not overlap).
   *
   * @param other the other slot; not null
   * @return true if they overlap
   */
  public boolean overlaps(VisitSlot other) {
    return getStart().isBefore(other.getEnd()) && other.getStart().isBefore(getEnd());
  }

  @Value.Check
  void check() {
    Checks.id(getId(), "id");
    Checks.order(getStart(), getEnd(), "end");
    if (getCapacity() < 1) {
      throw new InvalidValueException(EventsCodes.COUNT_INVALID, getCapacity(), "capacity", 1);
    }
  }
}
