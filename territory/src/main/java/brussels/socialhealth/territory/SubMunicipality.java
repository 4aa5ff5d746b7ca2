package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A Statbel sub-municipality (former commune merged into a larger one), such as Laeken ({@code 21004E})
 * in Bruxelles-Ville; the first six characters of a statistical sector code. The library ships
 * Bruxelles-Ville's seven, the only commune of the Region split between bassins. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"code", "names", "commune", "sectorCount", "sectorCountYear", "areaHectares", "bassin",
    "bassinConfidence", "sources"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableSubMunicipality.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableSubMunicipality.class)
public abstract class SubMunicipality implements TerritorialUnit {
  private static final Pattern CODE = Pattern.compile("\\d{5}[A-Z]");

  /**
   * Returns the code: the commune's NIS code and a letter.
   *
   * @return for example {@code 21004E}
   */
  public abstract String getCode();

  /**
   * Returns the names as Statbel publishes them (upper case, for example BRUXELLES-LAEKEN /
   * BRUSSEL-LAKEN).
   *
   * @return the names
   */
  @Override
  public abstract LocalizedText getNames();

  /**
   * Returns the NIS code of the commune.
   *
   * @return five digits
   */
  public abstract String getCommune();

  /**
   * Returns the number of statistical sectors Statbel counted in it, in {@link #getSectorCountYear()}.
   *
   * @return the count
   */
  public abstract Optional<Integer> getSectorCount();

  /**
   * Returns the year of {@link #getSectorCount()}.
   *
   * @return the year
   */
  public abstract Optional<Integer> getSectorCountYear();

  /**
   * Returns the area in hectares.
   *
   * @return the area
   */
  public abstract Optional<Double> getAreaHectares();

  /**
   * Returns the bassin the whole sub-municipality is in, when a source allows to say it.
   *
   * @return the bassin; empty when unknown
   */
  public abstract Optional<BassinCode> getBassin();

  /**
   * Returns how sure that bassin is; present exactly when {@link #getBassin()} is.
   *
   * @return the confidence
   */
  public abstract Optional<Confidence> getBassinConfidence();

  @Override
  public abstract List<String> getSources();

  @Override
  public TerritoryRef toRef() {
    return TerritoryRef.of(TerritorialLevel.SUB_MUNICIPALITY, getCode());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableSubMunicipality.Builder builder() {
    return ImmutableSubMunicipality.builder();
  }

  @Value.Check
  void check() {
    if (!CODE.matcher(getCode()).matches() || !getCode().startsWith(getCommune())) {
      throw new InvalidValueException(TerritoryCodes.CODE_INVALID, getCode(), "sub-municipality");
    }
    if (getBassin().isPresent() != getBassinConfidence().isPresent()) {
      throw new InvalidValueException(TerritoryCodes.CODE_INVALID, getCode(), "sub-municipality");
    }
  }
}
