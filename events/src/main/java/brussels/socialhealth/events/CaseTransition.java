package brussels.socialhealth.events;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One step in the life of a {@link HelpdeskCase}: from which status to which, and when. The case's
 * history is the list of its transitions. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"previousStatus", "status", "at"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCaseTransition.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableCaseTransition.class)
public abstract class CaseTransition {

  /**
   * Returns the status left.
   *
   * @return the previous status
   */
  @Value.Parameter
  public abstract CaseStatus getPreviousStatus();

  /**
   * Returns the status entered.
   *
   * @return the new status
   */
  @Value.Parameter
  public abstract CaseStatus getStatus();

  /**
   * Returns when the transition happened.
   *
   * @return the instant
   */
  @Value.Parameter
  public abstract Instant getAt();

  /**
   * Creates a transition (its legality is checked by the case that holds it).
   *
   * @param from the previous status; not null
   * @param to the new status; not null
   * @param at when; not null
   * @return the transition
   */
  public static CaseTransition of(CaseStatus from, CaseStatus to, Instant at) {
    return ImmutableCaseTransition.of(from, to, at);
  }
}
