package brussels.socialhealth.examples.demo;

import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.Period;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.validation.OfficialName;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service offered by a fictional organisation, as the demo and the benchmarks use it: a small value type
 * built from the core value types (the directory module holds the real model). Immutable and
 * thread-safe.
 *
 * <p>Its name is checked by {@link OfficialName}: a name without Dutch (or French) is readable but
 * reported by the validator.
 */
@Value.Immutable
@JsonPropertyOrder({"name", "enterpriseNumber", "phones", "address", "openingHours", "validity"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSampleService.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableSampleService.class)
public abstract class SampleService {
  /**
   * Returns the official name of the service.
   *
   * @return the name, never null
   */
  @OfficialName
  public abstract LocalizedText getName();

  /**
   * Returns the enterprise number of the organisation offering the service.
   *
   * @return the number, or empty
   */
  public abstract Optional<EnterpriseNumber> getEnterpriseNumber();

  /**
   * Returns the phone numbers, main number first.
   *
   * @return an immutable list, possibly empty
   */
  public abstract List<PhoneNumber> getPhones();

  /**
   * Returns the address where the service is offered.
   *
   * @return the address, or empty
   */
  public abstract Optional<PostalAddress> getAddress();

  /**
   * Returns the weekly opening hours.
   *
   * @return the hours, or empty if unknown
   */
  public abstract Optional<OpeningHours> getOpeningHours();

  /**
   * Returns the period during which the service is offered (its accreditation, say).
   *
   * @return the period, or empty if not limited
   */
  public abstract Optional<Period> getValidity();

  /**
   * Creates a service known only by its name.
   *
   * @param name the official name; not null
   * @return the service
   */
  public static SampleService of(LocalizedText name) {
    return builder().name(name).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableSampleService.Builder builder() {
    return ImmutableSampleService.builder();
  }
}
