package brussels.socialhealth.events;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.events.internal.Checks;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The professional who asked the helpdesk for support: taken from the directory (professional,
 * organisation or service id) or described (organisation name, function, sector) when the asker is not
 * in it. Holds no personal name: a requester is known by role and organisation. Immutable and
 * thread-safe; at least a directory id or an organisation name is present.
 */
@Value.Immutable
@JsonPropertyOrder({"professionalId", "organisationId", "serviceId", "organisationName", "function", "sector"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRequester.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableRequester.class)
public abstract class Requester {

  /**
   * Returns the directory id of the professional who asked.
   *
   * @return the professional id
   */
  public abstract Optional<String> getProfessionalId();

  /**
   * Returns the directory id of the requester's organisation.
   *
   * @return the organisation id
   */
  public abstract Optional<String> getOrganisationId();

  /**
   * Returns the directory id of the requester's service.
   *
   * @return the service id
   */
  public abstract Optional<String> getServiceId();

  /**
   * Returns the organisation's name, when it is not in the directory.
   *
   * @return the name of the organisation
   */
  public abstract Optional<String> getOrganisationName();

  /**
   * Returns the requester's function ("assistant·e social·e", "médecin généraliste").
   *
   * @return the function
   */
  public abstract Optional<String> getFunction();

  /**
   * Returns the requester's sector (the directory's sector code list, for example {@code health}).
   *
   * @return the sector
   */
  public abstract Optional<Sector> getSector();

  /**
   * A requester from the directory.
   *
   * @param organisationId the organisation id; not null
   * @param sector the sector; not null
   * @return the requester
   */
  public static Requester ofOrganisation(String organisationId, Sector sector) {
    return builder().organisationId(organisationId).sector(sector).build();
  }

  /**
   * A requester described, outside the directory.
   *
   * @param organisationName the organisation's name; not null
   * @param function the function; not null
   * @param sector the sector; not null
   * @return the requester
   */
  public static Requester described(String organisationName, String function, Sector sector) {
    return builder().organisationName(organisationName).function(function).sector(sector).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableRequester.Builder builder() {
    return ImmutableRequester.builder();
  }

  @Value.Check
  void check() {
    if (getProfessionalId().isEmpty() && getOrganisationId().isEmpty() && getServiceId().isEmpty()
        && getOrganisationName().filter(name -> !name.isBlank()).isEmpty()) {
      throw new InvalidValueException(EventsCodes.REQUESTER_INCOMPLETE, "{}");
    }
    Checks.id(getProfessionalId(), "professionalId");
    Checks.id(getOrganisationId(), "organisationId");
    Checks.id(getServiceId(), "serviceId");
  }
}
