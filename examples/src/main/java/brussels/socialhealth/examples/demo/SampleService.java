package brussels.socialhealth.examples.demo;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.OfficialName;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;

/**
 * A service offered by a fictional organisation, as the demo shows it: the smallest value type that
 * carries an official name. Immutable and thread-safe.
 *
 * <p>Its name is checked by {@link OfficialName}: a name without Dutch (or French) is readable but
 * reported by the validator.
 */
@Value.Immutable
@JsonPropertyOrder({"name"})
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
   * Creates a service.
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
