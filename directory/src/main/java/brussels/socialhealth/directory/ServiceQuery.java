package brussels.socialhealth.directory;

import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A search over the services of a {@link Directory}. Within one criterion any value matches (themes
 * {@code mental-health} or {@code addiction}); across criteria all must match. An empty criterion does
 * not filter. A service for {@link TargetPublic#ALL} matches every public asked for.
 *
 * <p>Immutable and thread-safe; built with {@link #builder()}. {@link #all()} matches every service.
 */
@Value.Immutable
@JsonPropertyOrder({"themes", "publics", "languages", "costs", "accessModes", "territories", "openAt", "text"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableServiceQuery.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableServiceQuery.class)
public abstract class ServiceQuery {

  /**
   * Returns the themes, any of which must be offered.
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<Theme> getThemes();

  /**
   * Returns the publics, any of which must be served (services for everyone always match).
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<TargetPublic> getPublics();

  /**
   * Returns the languages, any of which must be spoken.
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<SpokenLanguage> getLanguages();

  /**
   * Returns the accepted costs.
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<Cost> getCosts();

  /**
   * Returns the access modes, any of which must be offered.
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<AccessMode> getAccessModes();

  /**
   * Returns the territories: a service matches when its coverage contains one of them or one of its
   * sites lies in one of them (commune, grouping, sector or bassin of the site).
   *
   * @return an immutable set
   */
  @Value.NaturalOrder
  public abstract SortedSet<TerritoryRef> getTerritories();

  /**
   * Returns a local date and time in Brussels at which the service must be open at one of its sites
   * (its hours at the site, or else the site's hours); services with no known hours do not match.
   *
   * @return the moment
   */
  public abstract Optional<LocalDateTime> getOpenAt();

  /**
   * Returns a text that must occur in the service's or its organisation's name, ignoring case and
   * accents.
   *
   * @return the text
   */
  public abstract Optional<String> getText();

  /**
   * Returns the query that matches every service.
   *
   * @return the query
   */
  public static ServiceQuery all() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableServiceQuery.Builder builder() {
    return ImmutableServiceQuery.builder();
  }
}
