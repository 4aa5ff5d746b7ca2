package brussels.socialhealth.directory;

import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.TerritoryRef;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.immutables.value.Value;

/**
 * One service proposed by {@link Orientation}: at which rung of the subsidiarity ladder it serves the
 * place, through which unit of its coverage, and why it matched. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"rank", "service", "level", "unit", "partial", "nearby", "reasons"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrientationResult.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrientationResult.class)
public abstract class OrientationResult {

  /**
   * Returns the 1-based rank in the result list.
   *
   * @return the rank
   */
  public abstract int getRank();

  /**
   * Returns the service.
   *
   * @return the service
   */
  public abstract Service getService();

  /**
   * Returns the rung of the ladder at which the service serves the place: neighbourhood, commune, bassin
   * or region.
   *
   * @return the level
   */
  public abstract TerritorialLevel getLevel();

  /**
   * Returns the unit of the service's coverage that contains the place (or, for a partial match, that
   * lies inside the place).
   *
   * @return the unit
   */
  public abstract TerritoryRef getUnit();

  /**
   * Tells whether the service covers only part of the place (a grouping-level service when the place is
   * a whole commune): worth checking the exact address.
   *
   * @return true for a partial match
   */
  public abstract boolean isPartial();

  /**
   * Tells whether one of the service's sites lies in the finest unit known for the place.
   *
   * @return true when a site is nearby
   */
  public abstract boolean isNearby();

  /**
   * Returns the reasons the service matched, in French, Dutch and English.
   *
   * @return an immutable list
   */
  public abstract List<Reason> getReasons();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableOrientationResult.Builder builder() {
    return ImmutableOrientationResult.builder();
  }
}
