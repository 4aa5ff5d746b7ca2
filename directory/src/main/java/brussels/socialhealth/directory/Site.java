package brussels.socialhealth.directory;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.directory.internal.Ids;
import brussels.socialhealth.territory.Commune;
import brussels.socialhealth.territory.Territory;
import brussels.socialhealth.territory.TerritoryRef;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.GeoPoint;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.ExternalRef;
import brussels.socialhealth.core.Extensions;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A place where an {@link Organisation} receives people: its address resolved to a commune and, where
 * known, a statistical sector, a neighbourhood grouping and the bassin that serves it (through the
 * territory registry), its accessibility and opening hours.
 *
 * <p>Services are delivered at sites through {@link ServiceAtSite}, which may carry hours of their own.
 * Immutable and thread-safe; built with {@link #builder()}.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "organisationId", "names", "commune", "sector", "neighbourhood", "bassin",
    "address", "location", "accessibility", "openingHours", "phones", "externalRefs", "extensions"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSite.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableSite.class)
public abstract class Site implements Entity {

  /**
   * Returns the id, unique within a {@link Directory}.
   *
   * @return the id
   */
  @Override
  public abstract String getId();

  /**
   * Returns the id of the organisation that runs the site.
   *
   * @return the organisation id
   */
  public abstract String getOrganisationId();

  /**
   * Returns the site's own name (an antenna, a building), when it has one.
   *
   * @return the names
   */
  public abstract Optional<LocalizedText> getNames();

  /**
   * Returns the commune the site is in ({@code commune:<NIS code>}).
   *
   * @return the commune
   */
  public abstract TerritoryRef getCommune();

  /**
   * Returns the statistical sector ({@code sector:21001A00-}), when known.
   *
   * @return the sector
   */
  public abstract Optional<TerritoryRef> getSector();

  /**
   * Returns the neighbourhood grouping ({@code neighbourhood:<n>}), when known.
   *
   * @return the grouping
   */
  public abstract Optional<TerritoryRef> getNeighbourhood();

  /**
   * Returns the bassin that serves the site ({@code bassin:SUD_EST}), when known.
   *
   * @return the bassin
   */
  public abstract Optional<TerritoryRef> getBassin();

  /**
   * Returns the accessibility features of the site.
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<AccessibilityFeature> getAccessibility();

  /**
   * Returns the postal address, when the site has one (an outreach service may have none).
   *
   * @return the address
   */
  public abstract Optional<PostalAddress> getAddress();

  /**
   * Returns the geographic position, when known.
   *
   * @return the position
   */
  public abstract Optional<GeoPoint> getLocation();

  /**
   * Returns the site's opening hours, when known; services may have their own at the site.
   *
   * @return the hours
   */
  public abstract Optional<OpeningHours> getOpeningHours();

  /**
   * Returns the phone numbers of the reception.
   *
   * @return an immutable list
   */
  public abstract List<PhoneNumber> getPhones();

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
   * Finds the commune of an address: the only commune of its postal code, or, when the postal code spans
   * several communes (1040 is Etterbeek and part of Bruxelles), the one whose name matches the address's
   * municipality in French or Dutch.
   *
   * @param address the address; not null
   * @param territory the territory registry; not null
   * @return the commune, or empty if the postal code is unknown or the name does not decide
   */
  public static Optional<TerritoryRef> locate(PostalAddress address, Territory territory) {
    List<Commune> communes = territory.communesByPostalCode(address.getPostalCode());
    if (communes.size() == 1) {
      return Optional.of(communes.get(0).toRef());
    }
    for (String name : address.getMunicipality().getValues().values()) {
      for (Commune commune : territory.communesNamed(name)) {
        if (communes.contains(commune)) {
          return Optional.of(commune.toRef());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a copy completed from the territory registry: the bassin that serves the site (from its
   * sector when known, else its commune) when it was not given and the registry finds exactly one, and the
   * neighbourhood grouping of its sector when known.
   *
   * @param territory the registry; not null
   * @return the completed copy, or this site when nothing could be added
   */
  public Site withTerritory(Territory territory) {
    ImmutableSite.Builder builder = ImmutableSite.builder().from(this);
    boolean changed = false;
    if (getBassin().isEmpty()) {
      var answer = territory.bassinFor(getSector().orElse(getCommune()));
      if (answer.isFound() && answer.getBassin().isPresent()) {
        builder.bassin(answer.getBassin().get().toRef());
        changed = true;
      }
    }
    if (getNeighbourhood().isEmpty() && getSector().isPresent()) {
      for (TerritoryRef parent : territory.parents(getSector().get())) {
        if (parent.getLevel() == brussels.socialhealth.territory.TerritorialLevel.NEIGHBOURHOOD) {
          builder.neighbourhood(parent);
          changed = true;
          break;
        }
      }
    }
    return changed ? builder.build() : this;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableSite.Builder builder() {
    return ImmutableSite.builder();
  }

  @Value.Check
  void check() {
    Ids.check(getId(), "id");
    Ids.check(getOrganisationId(), "organisationId");
  }
}
