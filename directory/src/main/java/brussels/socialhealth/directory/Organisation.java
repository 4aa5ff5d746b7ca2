package brussels.socialhealth.directory;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.OfficialName;
import brussels.socialhealth.core.validation.Warning;
import brussels.socialhealth.directory.internal.Ids;
import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
@JsonPropertyOrder({"id", "names", "shortName", "kind", "sectors", "reach", "siteIds"})
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
  public abstract Set<Sector> getSectors();

  /**
   * Returns the territory the organisation works in (communes, a bassin, the region); empty when not
   * stated.
   *
   * @return an immutable set
   */
  public abstract Set<TerritoryRef> getReach();

  /**
   * Returns the ids of the organisation's sites.
   *
   * @return an immutable list
   */
  public abstract List<String> getSiteIds();

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
