package brussels.socialhealth.events;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.events.internal.Checks;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The professional contact of a social-health worker who is not (yet) in the directory: name, function,
 * organisation and professional e-mail. Only professionals are described this way, never beneficiaries.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"name", "function", "organisationId", "organisationName", "email"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableProfessionalContact.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableProfessionalContact.class)
public abstract class ProfessionalContact {

  /**
   * Returns the professional's name.
   *
   * @return the name, not blank
   */
  public abstract String getName();

  /**
   * Returns the function ("assistante sociale", "infirmier à domicile").
   *
   * @return the function
   */
  public abstract Optional<String> getFunction();

  /**
   * Returns the directory id of the professional's organisation.
   *
   * @return the organisation id
   */
  public abstract Optional<String> getOrganisationId();

  /**
   * Returns the organisation's name, for organisations not in the directory.
   *
   * @return the organisation name
   */
  public abstract Optional<String> getOrganisationName();

  /**
   * Returns the professional e-mail address.
   *
   * @return the e-mail
   */
  public abstract Optional<EmailAddress> getEmail();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableProfessionalContact.Builder builder() {
    return ImmutableProfessionalContact.builder();
  }

  /**
   * Returns a key that identifies this professional across registrations: the e-mail in lower case
   * when known, else the name and organisation.
   *
   * @return the key
   */
  public String identityKey() {
    return getEmail().map(e -> "email:" + e.toString().toLowerCase(Locale.ROOT))
        .orElseGet(() -> "name:" + getName().strip().toLowerCase(Locale.ROOT) + "|"
            + getOrganisationId().or(this::getOrganisationName).orElse("").toLowerCase(Locale.ROOT));
  }

  @Value.Check
  void check() {
    if (getName().isBlank()) {
      throw new InvalidValueException(EventsCodes.VISITOR_INCOMPLETE, getName());
    }
    Checks.id(getOrganisationId(), "organisationId");
  }
}
