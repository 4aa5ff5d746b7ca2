package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.events.internal.Checks;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An orientation the helpdesk proposed: towards a service or an organisation of the directory, when, and
 * what came of it. Immutable and thread-safe; a service or an organisation is present.
 */
@Value.Immutable
@JsonPropertyOrder({"serviceId", "organisationId", "proposedAt", "outcome", "outcomeAt"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrientation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrientation.class)
public abstract class Orientation {

  /**
   * Returns the directory id of the service proposed.
   *
   * @return the service id
   */
  public abstract Optional<String> getServiceId();

  /**
   * Returns the directory id of the organisation proposed (or running the service).
   *
   * @return the organisation id
   */
  public abstract Optional<String> getOrganisationId();

  /**
   * Returns when the orientation was proposed.
   *
   * @return the instant
   */
  public abstract Instant getProposedAt();

  /**
   * Returns what came of it; pending by default.
   *
   * @return the outcome
   */
  @Value.Default
  public OrientationOutcome getOutcome() {
    return OrientationOutcome.PENDING;
  }

  /**
   * Returns when the outcome became known.
   *
   * @return the instant
   */
  public abstract Optional<Instant> getOutcomeAt();

  /**
   * An orientation towards a service, outcome pending.
   *
   * @param serviceId the service id; not null
   * @param proposedAt when; not null
   * @return the orientation
   */
  public static Orientation toService(String serviceId, Instant proposedAt) {
    return builder().serviceId(serviceId).proposedAt(proposedAt).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableOrientation.Builder builder() {
    return ImmutableOrientation.builder();
  }

  /**
   * Returns a copy with an outcome.
   *
   * @param outcome the outcome; not null
   * @param at when it became known; not null, not before the proposal
   * @return the copy
   */
  public Orientation withOutcome(OrientationOutcome outcome, Instant at) {
    return ImmutableOrientation.copyOf(this).withOutcome(outcome).withOutcomeAt(at);
  }

  @Value.Check
  void check() {
    if (getServiceId().isEmpty() && getOrganisationId().isEmpty()) {
      throw new InvalidValueException(EventsCodes.ORIENTATION_TARGET_MISSING, getProposedAt());
    }
    Checks.id(getServiceId(), "serviceId");
    Checks.id(getOrganisationId(), "organisationId");
    getOutcomeAt().ifPresent(at -> Checks.order(getProposedAt(), at, "outcomeAt"));
  }
}
