package brussels.socialhealth.directory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The assessment of one service against the "Pousse ma porte / Binnen zonder kloppen" criteria: one
 * {@link CriterionResult} per {@link LabelCriterion}, and the overall outcome — met when every criterion
 * is met, not met when any is not met, unknown otherwise. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"serviceId", "outcome", "results"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLabelAssessment.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableLabelAssessment.class)
public abstract class LabelAssessment {

  /**
   * Returns the id of the assessed service.
   *
   * @return the service id
   */
  public abstract String getServiceId();

  /**
   * Returns the result of each criterion, in the order of {@link LabelCriterion}.
   *
   * @return an immutable list
   */
  public abstract List<CriterionResult> getResults();

  /**
   * Returns the overall outcome.
   *
   * @return met, not met or unknown
   */
  @Value.Derived
  public CriterionOutcome getOutcome() {
    if (getResults().stream().anyMatch(r -> r.getOutcome() == CriterionOutcome.NOT_MET)) {
      return CriterionOutcome.NOT_MET;
    }
    return getResults().stream().allMatch(r -> r.getOutcome() == CriterionOutcome.MET)
        ? CriterionOutcome.MET : CriterionOutcome.UNKNOWN;
  }

  /**
   * Tells whether the service meets every criterion and can carry the label.
   *
   * @return true when the overall outcome is met
   */
  @JsonIgnore
  public boolean isGranted() {
    return getOutcome() == CriterionOutcome.MET;
  }

  /**
   * Returns the result of one criterion.
   *
   * @param criterion the criterion
   * @return its result, or empty if not assessed
   */
  public Optional<CriterionResult> result(LabelCriterion criterion) {
    return getResults().stream().filter(r -> r.getCriterion() == criterion).findFirst();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableLabelAssessment.Builder builder() {
    return ImmutableLabelAssessment.builder();
  }
}
