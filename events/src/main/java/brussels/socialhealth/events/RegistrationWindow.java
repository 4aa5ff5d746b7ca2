package brussels.socialhealth.events;

import brussels.socialhealth.events.internal.Checks;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A registration window of an {@link OpenHouseWeek}: the first and the last day (both included) on which
 * registrations are taken. Immutable and thread-safe; never closes before it opens.
 */
@Value.Immutable
@JsonPropertyOrder({"opens", "closes"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRegistrationWindow.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableRegistrationWindow.class)
public abstract class RegistrationWindow {

  /**
   * Returns the first day registrations are taken.
   *
   * @return the opening day
   */
  @Value.Parameter
  public abstract LocalDate getOpens();

  /**
   * Returns the last day registrations are taken (included).
   *
   * @return the closing day
   */
  @Value.Parameter
  public abstract LocalDate getCloses();

  /**
   * Creates a window.
   *
   * @param opens the first day; not null
   * @param closes the last day, not before {@code opens}; not null
   * @return the window
   * @throws brussels.socialhealth.core.InvalidValueException {@link EventsCodes#END_BEFORE_START}
   */
  public static RegistrationWindow of(LocalDate opens, LocalDate closes) {
    return ImmutableRegistrationWindow.of(opens, closes);
  }

  /**
   * Tells whether a day falls inside the window, both ends included.
   *
   * @param day the day; not null
   * @return true if inside
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(getOpens()) && !day.isAfter(getCloses());
  }

  @Value.Check
  void check() {
    Checks.order(getOpens(), getCloses(), "closes");
  }
}
