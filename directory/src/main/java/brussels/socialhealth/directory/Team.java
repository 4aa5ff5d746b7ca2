package brussels.socialhealth.directory;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.OfficialName;
import brussels.socialhealth.core.validation.Warning;
import brussels.socialhealth.directory.internal.Ids;
import brussels.socialhealth.territory.TerritoryRef;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.WebAddress;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A working team, typically a bassin support team ("équipe de soutien au bassin" / "zorgzoneteam"): its
 * names, the organisation that employs it, the territory it serves and the roles it is made of
 * (coordination, prevention and health-promotion officer, helpdesk...). Who holds which role, and when,
 * is said by {@link Membership}s.
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "names", "organisationId", "territory", "roles", "phones", "emails", "website"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableTeam.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableTeam.class)
public abstract class Team implements Entity {

  /**
   * Returns the id, unique within a {@link Directory}.
   *
   * @return the id
   */
  @Override
  public abstract String getId();

  /**
   * Returns the names; French and Dutch are expected.
   *
   * @return the names
   */
  @OfficialName(payload = Warning.class)
  public abstract LocalizedText getNames();

  /**
   * Returns the id of the organisation that employs the team, when known.
   *
   * @return the organisation id
   */
  public abstract Optional<String> getOrganisationId();

  /**
   * Returns the territory the team serves, for example {@code bassin:SUD_EST}.
   *
   * @return the territory
   */
  public abstract TerritoryRef getTerritory();

  /**
   * Returns the roles the team is made of.
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<Role> getRoles();

  /**
   * Returns the professional phone numbers of the team (its helpdesk line, its shared mailbox).
   *
   * @return an immutable list
   */
  public abstract List<PhoneNumber> getPhones();

  /**
   * Returns the professional e-mail addresses of the team (its helpdesk line, its shared mailbox).
   *
   * @return an immutable list
   */
  public abstract List<EmailAddress> getEmails();

  /**
   * Returns the website, when there is one.
   *
   * @return the website
   */
  public abstract Optional<WebAddress> getWebsite();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableTeam.Builder builder() {
    return ImmutableTeam.builder();
  }

  @Value.Check
  void check() {
    Ids.check(getId(), "id");
    getOrganisationId().ifPresent(id -> Ids.check(id, "organisationId"));
  }
}
