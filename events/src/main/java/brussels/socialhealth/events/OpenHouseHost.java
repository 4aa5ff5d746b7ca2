package brussels.socialhealth.events;

import brussels.socialhealth.events.internal.Checks;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service of the directory that opens its doors during an {@link OpenHouseWeek}: which service (and
 * organisation and site, by id), when it registered, and the visits it offers. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"serviceId", "organisationId", "siteId", "registeredOn", "slots"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOpenHouseHost.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableOpenHouseHost.class)
public abstract class OpenHouseHost {

  /**
   * Returns the directory id of the host service.
   *
   * @return the service id
   */
  public abstract String getServiceId();

  /**
   * Returns the directory id of the organisation running the service.
   *
   * @return the organisation id
   */
  public abstract Optional<String> getOrganisationId();

  /**
   * Returns the directory id of the site where visitors go.
   *
   * @return the site id
   */
  public abstract Optional<String> getSiteId();

  /**
   * Returns the day the host registered (checked against the host window by {@link OpenHouseRules}).
   *
   * @return the day
   */
  public abstract LocalDate getRegisteredOn();

  /**
   * Returns the visits offered.
   *
   * @return the slots
   */
  public abstract List<VisitSlot> getSlots();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableOpenHouseHost.Builder builder() {
    return ImmutableOpenHouseHost.builder();
  }

  @Value.Check
  void check() {
    Checks.id(getServiceId(), "serviceId");
    Checks.id(getOrganisationId(), "organisationId");
    Checks.id(getSiteId(), "siteId");
  }
}
