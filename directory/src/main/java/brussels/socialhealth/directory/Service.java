package brussels.socialhealth.directory;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.OfficialName;
import brussels.socialhealth.core.validation.Warning;
import brussels.socialhealth.directory.internal.Ids;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.TerritoryRef;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.WebAddress;
import brussels.socialhealth.core.ExternalRef;
import brussels.socialhealth.core.Extensions;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * What an {@link Organisation} offers: names and description, themes, target publics, how it is reached,
 * cost, languages, where and when ({@link ServiceAtSite}), whether a referral is needed, its line of care,
 * the territorial level it works at and the territory it covers.
 *
 * <p>The {@linkplain #getCoverage() coverage} is the territory whose inhabitants the service is for;
 * when it is empty, the service is taken to cover, at its {@linkplain #getLevel() level}, the units where
 * its sites are (see {@link Directory#coverageOf(Service)}).
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "organisationId", "names", "descriptions", "themes", "publics", "accessModes",
    "cost", "languages", "locations", "referralRequired", "careLine", "level", "coverage", "labelNetwork",
    "phones", "emails", "website", "externalRefs", "extensions"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableService.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableService.class)
public abstract class Service implements Entity {

  /**
   * Returns the id, unique within a {@link Directory}.
   *
   * @return the id
   */
  @Override
  public abstract String getId();

  /**
   * Returns the id of the organisation offering the service.
   *
   * @return the organisation id
   */
  public abstract String getOrganisationId();

  /**
   * Returns the names; French and Dutch are expected.
   *
   * @return the names
   */
  @OfficialName(payload = Warning.class)
  public abstract LocalizedText getNames();

  /**
   * Returns the description, when there is one.
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> getDescriptions();

  /**
   * Returns the themes; a service should have at least one (a warning otherwise).
   *
   * @return an immutable set
   */
  @NotEmpty(payload = Warning.class)
  @Value.NaturalOrder
  public abstract SortedSet<Theme> getThemes();

  /**
   * Returns the target publics; {@link TargetPublic#ALL} for a service open to everyone.
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<TargetPublic> getPublics();

  /**
   * Returns how the service is reached.
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<AccessMode> getAccessModes();

  /**
   * Returns the cost, when known.
   *
   * @return the cost
   */
  public abstract Optional<Cost> getCost();

  /**
   * Returns the languages the service can be received in.
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<SpokenLanguage> getLanguages();

  /**
   * Returns the sites where the service is delivered, with their hours.
   *
   * @return an immutable list
   */
  public abstract List<ServiceAtSite> getLocations();

  /**
   * Tells whether the service needs a referral by a professional.
   *
   * @return true if a referral is needed; false by default
   */
  @Value.Default
  public boolean isReferralRequired() {
    return false;
  }

  /**
   * Returns the line of care, when stated.
   *
   * @return the line of care
   */
  public abstract Optional<CareLine> getCareLine();

  /**
   * Returns the level of the subsidiarity ladder the service works at.
   *
   * @return the level; {@link TerritorialLevel#COMMUNE} by default
   */
  @Value.Default
  public TerritorialLevel getLevel() {
    return TerritorialLevel.COMMUNE;
  }

  /**
   * Returns the territory the service covers; empty means "where its sites are, at its level".
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<TerritoryRef> getCoverage();

  /**
   * Tells whether the service has agreed to take part in the common "Pousse ma porte / Binnen zonder
   * kloppen" network: true, false, or empty when it has not answered.
   *
   * @return the answer
   */
  public abstract Optional<Boolean> getLabelNetwork();

  /**
   * Returns the professional phone numbers of the service.
   *
   * @return an immutable list
   */
  public abstract List<PhoneNumber> getPhones();

  /**
   * Returns the professional e-mail addresses of the service.
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
   * Returns the ids of the sites where the service is delivered.
   *
   * @return the site ids, in order
   */
  public List<String> siteIds() {
    return getLocations().stream().map(ServiceAtSite::getSiteId).collect(java.util.stream.Collectors.toList());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableService.Builder builder() {
    return ImmutableService.builder();
  }

  @Value.Check
  void check() {
    Ids.check(getId(), "id");
    Ids.check(getOrganisationId(), "organisationId");
  }
}
