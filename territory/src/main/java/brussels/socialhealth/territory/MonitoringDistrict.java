package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.immutables.value.Value;

/**
 * A district of IBSA's Monitoring des Quartiers / Wijkmonitoring (145 districts, codes 1 to 118 and
 * 700 to 917), a union of statistical sectors that may cross commune boundaries. These districts are
 * <em>not</em> the social-health {@link NeighbourhoodGrouping}s: the two systems differ. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"code", "names", "communes", "sectorCount", "sources"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableMonitoringDistrict.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableMonitoringDistrict.class)
public abstract class MonitoringDistrict implements TerritorialUnit {

  /**
   * Returns the district's code (MDRC).
   *
   * @return a positive number
   */
  public abstract int getCode();

  /**
   * Returns the names as IBSA publishes them (upper case).
   *
   * @return the names
   */
  @Override
  public abstract LocalizedText getNames();

  /**
   * Returns the NIS codes of the communes the district crosses.
   *
   * @return an immutable list, at least one
   */
  public abstract List<String> getCommunes();

  /**
   * Returns the number of statistical sectors in the district, as published.
   *
   * @return the count
   */
  public abstract int getSectorCount();

  @Override
  public abstract List<String> getSources();

  @Override
  public TerritoryRef toRef() {
    return TerritoryRef.of(TerritorialLevel.DISTRICT, Integer.toString(getCode()));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableMonitoringDistrict.Builder builder() {
    return ImmutableMonitoringDistrict.builder();
  }

  @Value.Check
  void check() {
    if (getCode() <= 0 || getSectorCount() < 0) {
      throw new InvalidValueException(TerritoryCodes.CODE_INVALID, getCode(), "district");
    }
  }
}
