package brussels.socialhealth.directory;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.OfficialName;
import brussels.socialhealth.core.validation.Warning;
import brussels.socialhealth.directory.internal.Ids;
import brussels.socialhealth.territory.TerritoryRef;
import brussels.socialhealth.core.EnterpriseNumber;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.WebAddress;
import brussels.socialhealth.core.ExternalRef;
import brussels.socialhealth.core.Extensions;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An organisation of the social-health offer: a CPAS/OCMW, an ASBL/VZW, a medical house, a hospital, a
 * communal service... It runs {@linkplain Site sites} and offers {@linkplain Service services}, which
 * point back to it by {@link #getId() id}.
 *
 * <p>Its official names must exist in French and Dutch (a missing Dutch name is reported as a warning by
 * {@link brussels.socialhealth.core.validation.ModelValidator}). Its {@linkplain #getReach() reach} is the
 * territory it works in; services should stay within it ({@link DirectoryRules}).
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "names", "shortName", "kind", "sectors", "enterpriseNumber", "reach", "siteIds",
    "phones", "emails", "website", "externalRefs", "extensions"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrganisation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrganisation.class)
public abstract class Organisation implements Entity {

  /**
   * Returns the id, unique within a {@link Directory}.
   *
   * @return the id, matching {@link DirectoryCodes#ID_PATTERN}
   */
  @Override
  public abstract String getId();

  /**
   * Returns the official names; French and Dutch are expected.
   *
   * @return the names
   */
  @OfficialName(payload = Warning.class)
  public abstract LocalizedText getNames();

  /**
   * Returns the usual short name or acronym, when there is one.
   *
   * @return the short name
   */
  public abstract Optional<String> getShortName();

  /**
   * Returns the kind of organisation.
   *
   * @return the kind
   */
  public abstract OrganisationKind getKind();

  /**
   * Returns the sectors the organisation works in.
   *
   * @return an immutable set, possibly empty
   */
  @Value.NaturalOrder
  public abstract SortedSet<Sector> getSectors();

  /**
   * Returns the territory the organisation works in (communes, a bassin, the region); empty when not
   * stated.
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<TerritoryRef> getReach();

  /**
   * Returns the ids of the organisation's sites.
   *
   * @return an immutable list
   */
  public abstract List<String> getSiteIds();

  /**
   * Returns the enterprise number (BCE/KBO), when the organisation has one.
   *
   * @return the enterprise number
   */
  public abstract Optional<EnterpriseNumber> getEnterpriseNumber();

  /**
   * Returns the professional phone numbers of the organisation.
   *
   * @return an immutable list
   */
  public abstract List<PhoneNumber> getPhones();

  /**
   * Returns the professional e-mail addresses of the organisation.
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
   * Returns the identifiers this record has in partner systems ({@code social.brussels:12345}).
   *
   * @return an immutable list
   */
  public abstract List<ExternalRef> getExternalRefs();

  /**
   * Returns the fields the model does not know, kept by namespace so nothing is lost on import.
   *
   * @return the extensions, empty by default (and then left out of JSON)
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public Extensions getExtensions() {
    return Extensions.empty();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableOrganisation.Builder builder() {
    return ImmutableOrganisation.builder();
  }

  @Value.Check
  void check() {
    Ids.check(getId(), "id");
    Ids.checkAll(getSiteIds(), "siteIds");
  }
}
