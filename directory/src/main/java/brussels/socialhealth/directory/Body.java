package brussels.socialhealth.directory;

import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.validation.OfficialName;
import brussels.socialhealth.core.validation.Warning;
import brussels.socialhealth.directory.internal.Ids;
import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A standing group of the network: the ZOGAB bassin support group, a social coordination, the
 * Conseil de l'Action du Bassin, a working group. Professionals and organisations sit in it through
 * {@link Membership}s; people come and go, the body stays.
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}.
 */
@Value.Immutable
@JsonPropertyOrder({"id", "names", "kind", "territory", "organisationId"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableBody.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableBody.class)
public abstract class Body implements Entity {

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
   * Returns the kind of body.
   *
   * @return the kind
   */
  public abstract BodyKind getKind();

  /**
   * Returns the territory the body works on (a commune for a social coordination, a bassin for the
   * ZOGAB), when stated.
   *
   * @return the territory
   */
  public abstract Optional<TerritoryRef> getTerritory();

  /**
   * Returns the id of the organisation that convenes the body, when there is one.
   *
   * @return the organisation id
   */
  public abstract Optional<String> getOrganisationId();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableBody.Builder builder() {
    return ImmutableBody.builder();
  }

  @Value.Check
  void check() {
    Ids.check(getId(), "id");
    getOrganisationId().ifPresent(id -> Ids.check(id, "organisationId"));
  }
}
