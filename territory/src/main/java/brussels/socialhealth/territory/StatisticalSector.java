package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A Statbel statistical sector, the finest public layer official data is keyed on (for example
 * {@code 21015A77-}): its commune, its IBSA Monitoring district and, once an OBSS table is loaded, its
 * social-health neighbourhood grouping and bassin. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"code", "names", "commune", "district", "grouping", "bassin", "sources"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableStatisticalSector.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableStatisticalSector.class)
public abstract class StatisticalSector implements TerritorialUnit {
  /** The form of a sector code: NIS code, sub-municipality letter, three characters. */
  public static final Pattern CODE = Pattern.compile("\\d{5}[A-Z][0-9A-Z]{2}[0-9A-Z\\-]");

  /**
   * Returns the sector code.
   *
   * @return nine characters, for example {@code 21004A001}
   */
  public abstract String getCode();

  /**
   * Returns the names as published (upper case).
   *
   * @return the names
   */
  @Override
  public abstract LocalizedText getNames();

  /**
   * Returns the NIS code of the commune the sector is in.
   *
   * @return five digits, the first five characters of the code
   */
  public abstract String getCommune();

  /**
   * Returns the code of the IBSA Monitoring district the sector is in.
   *
   * @return the district code
   */
  public abstract int getDistrict();

  /**
   * Returns the key of the social-health neighbourhood grouping, known only from an OBSS table.
   *
   * @return the grouping key
   */
  public abstract Optional<String> getGrouping();

  /**
   * Returns the bassin as stated by an OBSS table.
   *
   * @return the bassin; empty when no table said it
   */
  public abstract Optional<BassinCode> getBassin();

  @Override
  public abstract List<String> getSources();

  /**
   * Returns the code of the Statbel sub-municipality (first six characters of the code).
   *
   * @return for example {@code 21004E}
   */
  public String subMunicipalityCode() {
    return getCode().substring(0, 6);
  }

  @Override
  public TerritoryRef toRef() {
    return TerritoryRef.of(TerritorialLevel.SECTOR, getCode());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableStatisticalSector.Builder builder() {
    return ImmutableStatisticalSector.builder();
  }

  @Value.Check
  void check() {
    if (!CODE.matcher(getCode()).matches()) {
      throw new InvalidValueException(TerritoryCodes.CODE_INVALID, getCode(), "sector");
    }
  }
}
