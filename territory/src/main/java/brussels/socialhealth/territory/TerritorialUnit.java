package brussels.socialhealth.territory;

import brussels.socialhealth.core.LocalizedText;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * Any unit of the territory that a {@link TerritoryRef} can name: {@link Region}, {@link Bassin},
 * {@link Commune}, {@link NeighbourhoodGrouping}, {@link SubMunicipality}, {@link MonitoringDistrict},
 * {@link StatisticalSector}. Implementations are immutable and thread-safe.
 */
public interface TerritorialUnit {

  /**
   * Returns the reference naming this unit, for example {@code commune:21004}.
   *
   * @return the reference
   */
  @JsonIgnore
  TerritoryRef toRef();

  /**
   * Returns the level of this unit.
   *
   * @return the level
   */
  @JsonIgnore
  default TerritorialLevel level() {
    return toRef().getLevel();
  }

  /**
   * Returns the unit's name in French and, when known, Dutch.
   *
   * @return the names
   */
  LocalizedText getNames();

  /**
   * Returns the ids of the {@link Source}s of the facts about this unit.
   *
   * @return an immutable list
   */
  List<String> getSources();
}
