package brussels.socialhealth.events;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.events.internal.Checks;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action decided at a meeting: what, who carries it (directory ids of teams, bodies or
 * organisations), by when, and whether it is done. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"action", "ownerIds", "dueDate", "done"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableFollowUpAction.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableFollowUpAction.class)
public abstract class FollowUpAction {

  /**
   * Returns what is to be done.
   *
   * @return the action
   */
  public abstract LocalizedText getAction();

  /**
   * Returns the owners: ids of directory teams, bodies or organisations.
   *
   * @return the owner ids, possibly empty when not assigned yet
   */
  public abstract List<String> getOwnerIds();

  /**
   * Returns the due date, when one was set.
   *
   * @return the due date
   */
  public abstract Optional<LocalDate> getDueDate();

  /**
   * Tells whether the action is done.
   *
   * @return true when done; false by default
   */
  @Value.Default
  public boolean isDone() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableFollowUpAction.Builder builder() {
    return ImmutableFollowUpAction.builder();
  }

  @Value.Check
  void check() {
    Checks.ids(getOwnerIds(), "ownerIds");
  }
}
