package brussels.socialhealth.events;

import brussels.socialhealth.events.internal.Checks;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A visitor's registration for one visit slot of an open-house week, with the day it was made (checked
 * against the visitor window by {@link OpenHouseRules}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"visitor", "slotId", "registeredOn"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableVisitorRegistration.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableVisitorRegistration.class)
public abstract class VisitorRegistration {

  /**
   * Returns the visitor.
   *
   * @return the visitor
   */
  @Value.Parameter
  public abstract Visitor getVisitor();

  /**
   * Returns the id of the slot booked.
   *
   * @return the slot id
   */
  @Value.Parameter
  public abstract String getSlotId();

  /**
   * Returns the day of registration.
   *
   * @return the day
   */
  @Value.Parameter
  public abstract LocalDate getRegisteredOn();

  /**
   * Creates a registration.
   *
   * @param visitor the visitor; not null
   * @param slotId the slot id; not null
   * @param registeredOn the day of registration; not null
   * @return the registration
   */
  public static VisitorRegistration of(Visitor visitor, String slotId, LocalDate registeredOn) {
    return ImmutableVisitorRegistration.of(visitor, slotId, registeredOn);
  }

  @Value.Check
  void check() {
    Checks.id(getSlotId(), "slotId");
  }
}
