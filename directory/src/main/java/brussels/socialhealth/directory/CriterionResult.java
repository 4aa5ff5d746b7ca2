package brussels.socialhealth.directory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * The outcome of one {@link LabelCriterion} for one service, with the reason. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"criterion", "outcome", "reason"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableCriterionResult.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableCriterionResult.class)
public abstract class CriterionResult {

  /**
   * Returns the criterion.
   *
   * @return the criterion
   */
  @Value.Parameter
  public abstract LabelCriterion getCriterion();

  /**
   * Returns the outcome: met, not met, or unknown when the directory lacks the information.
   *
   * @return the outcome
   */
  @Value.Parameter
  public abstract CriterionOutcome getOutcome();

  /**
   * Returns why.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract Reason getReason();

  /**
   * Creates a result.
   *
   * @param criterion the criterion
   * @param outcome the outcome
   * @param reason the reason
   * @return the result
   */
  public static CriterionResult of(LabelCriterion criterion, CriterionOutcome outcome, Reason reason) {
    return ImmutableCriterionResult.of(criterion, outcome, reason);
  }
}
