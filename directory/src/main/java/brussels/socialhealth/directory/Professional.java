package brussels.socialhealth.directory;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.Ids;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.EmailAddress;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A professional of the social-health sector as the network knows them: name, function, organisation
 * and professional contact only. Nothing private (no home address, no private phone, no birth date) has a
 * place here. Professionals sit in {@linkplain Team teams} and {@linkplain Body bodies} through
 * {@link Membership}s.
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "givenName", "familyName", "function", "organisationId", "phones", "emails"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableProfessional.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableProfessional.class)
public abstract class Professional implements Entity {

  /**
   * Returns the id, unique within a {@link Directory}.
   *
   * @return the id
   */
  @Override
  public abstract String getId();

  /**
   * Returns the given name.
   *
   * @return the given name
   */
  public abstract String getGivenName();

  /**
   * Returns the family name, when the person chose to give it.
   *
   * @return the family name
   */
  public abstract Optional<String> getFamilyName();

  /**
   * Returns the function, for example "coordination" or "assistant·e social·e".
   *
   * @return the function
   */
  public abstract Optional<LocalizedText> getFunction();

  /**
   * Returns the id of the organisation the professional works for, when known.
   *
   * @return the organisation id
   */
  public abstract Optional<String> getOrganisationId();

  /**
   * Returns the professional phone numbers of the professional (never private ones).
   *
   * @return an immutable list
   */
  public abstract List<PhoneNumber> getPhones();

  /**
   * Returns the professional e-mail addresses of the professional (never private ones).
   *
   * @return an immutable list
   */
  public abstract List<EmailAddress> getEmails();

  /**
   * Returns the display name: given name followed by family name.
   *
   * @return the name
   */
  public String displayName() {
    return getFamilyName().map(family -> getGivenName() + " " + family).orElse(getGivenName());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableProfessional.Builder builder() {
    return ImmutableProfessional.builder();
  }

  @Value.Check
  void check() {
    Ids.check(getId(), "id");
    getOrganisationId().ifPresent(id -> Ids.check(id, "organisationId"));
    if (getGivenName().isBlank()) {
      throw new brussels.socialhealth.core.InvalidValueException(
          brussels.socialhealth.core.CoreCodes.TEXT_BLANK, getGivenName(), "givenName");
    }
  }
}
