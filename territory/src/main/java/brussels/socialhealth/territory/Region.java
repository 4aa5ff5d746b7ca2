package brussels.socialhealth.territory;

import brussels.socialhealth.core.InvalidValueException;
import brussels.socialhealth.core.LocalizedText;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The Brussels-Capital Region (Région de Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest), the top of
 * the territorial tree, by its NIS code {@code 04000}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"code", "names", "populations", "sources"})
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableRegion.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableRegion.class)
public abstract class Region implements TerritorialUnit {
  private static final Pattern CODE = Pattern.compile("\\d{5}");

  /**
   * Returns the NIS code of the Region.
   *
   * @return five digits, {@code 04000} for Brussels
   */
  public abstract String getCode();

  @Override
  public abstract LocalizedText getNames();

  /**
   * Returns the published populations, one per year at most.
   *
   * @return an immutable list
   */
  public abstract List<Population> getPopulations();

  @Override
  public abstract List<String> getSources();

  /**
   * Returns the published population of a year.
   *
   * @param year the year
   * @return the population, empty if none is published for that year
   */
  public Optional<Population> population(int year) {
    return getPopulations().stream().filter(p -> p.getYear() == year).findFirst();
  }

  @Override
  public TerritoryRef toRef() {
    return TerritoryRef.of(TerritorialLevel.REGION, getCode());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static ImmutableRegion.Builder builder() {
    return ImmutableRegion.builder();
  }

  @Value.Check
  void check() {
    if (!CODE.matcher(getCode()).matches()) {
      throw new InvalidValueException(TerritoryCodes.CODE_INVALID, getCode(), "region");
    }
  }
}
